using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Madoguchi.Bench.Load;

/// <summary>One kind of request the driver repeats; every request is built fresh (headers may differ).</summary>
internal abstract class Scenario
{
    public abstract string Name { get; }

    public virtual HttpStatusCode Expected => HttpStatusCode.OK;

    public virtual Task PrepareAsync(Uri baseAddress) => Task.CompletedTask;

    public abstract HttpRequestMessage Create(string runTag, int worker, long sequence);

    /// <summary>A valid 道路の損傷の通報: no duplicateKeys, no files, so every submission is accepted.</summary>
    protected static readonly byte[] SubmissionBody = Encoding.UTF8.GetBytes("""
        {"data": {
          "problemKind": "pothole",
          "details": "車道に直径30cmほどの穴があります。",
          "locationDescription": "デモ市役所前の交差点から北へ50m、歩道側",
          "wantsContact": "false",
          "consentShare": "true"
        }}
        """);

    protected static ByteArrayContent Json(byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return content;
    }
}

/// <summary>The ceiling: the same body parsed by the same host, no validation, no database.</summary>
internal sealed class EchoScenario : Scenario
{
    public override string Name => "bare endpoint (POST /bench/echo)";

    public override HttpRequestMessage Create(string runTag, int worker, long sequence) =>
        new(HttpMethod.Post, "/bench/echo") { Content = Json(SubmissionBody) };
}

/// <summary>The intake: validated, numbered and committed durably; a new Idempotency-Key every time.</summary>
internal sealed class SubmitScenario : Scenario
{
    public override string Name => "submit (POST /api/v1/procedures/doro-tsuho/applications)";

    public override HttpStatusCode Expected => HttpStatusCode.Created;

    public override HttpRequestMessage Create(string runTag, int worker, long sequence)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/procedures/doro-tsuho/applications") { Content = Json(SubmissionBody) };
        request.Headers.Add("Idempotency-Key", $"{runTag}-{worker}-{sequence}");
        return request;
    }
}
