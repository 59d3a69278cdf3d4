using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace Madoguchi.Faults.Tests.Support;

/// <summary>How one submission through the API ended, as a client sees it.</summary>
public abstract record Outcome
{
    /// <summary>201 with a 受付番号 (a replay when the key had been stored before).</summary>
    public sealed record Accepted(string Receipt, bool Replayed) : Outcome;

    /// <summary>A clear "not now" (see <see cref="Intake.IsClearRefusal"/>): nothing was stored, or it is still in progress; send it again.</summary>
    public sealed record Refused(string Body) : Outcome;

    /// <summary>No HTTP answer at all (the node is down, or died mid-request): the client cannot know, so it retries.</summary>
    public sealed record Unreachable(string Error) : Outcome;

    /// <summary>Anything else: a 500, a stack trace, a 503 without Retry-After. Must never happen.</summary>
    public sealed record Wrong(HttpStatusCode Status, string Body) : Outcome;
}

/// <summary>A resident's client: POSTs a report with its Idempotency-Key and retries the same request until it is settled.</summary>
public static class Intake
{
    public static HttpClient Client(Uri node, int connections = 64) => new(new SocketsHttpHandler { MaxConnectionsPerServer = connections })
    {
        BaseAddress = node,
        // Generous: only there so that a request the server forgot fails the test instead of hanging it.
        Timeout = TimeSpan.FromSeconds(60),
    };

    public static async Task<Outcome> SubmitAsync(HttpClient client, Ledger.Entry entry, CancellationToken ct = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/procedures/{Reports.Procedure}/applications")
        {
            Content = new ByteArrayContent(Reports.Body(entry.Answers)),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.Add("Idempotency-Key", entry.Key);
        lock (entry)
        {
            entry.Attempts++;
        }
        try
        {
            using var response = await client.SendAsync(request, ct);
            var body = await response.Content.ReadAsStringAsync(ct);
            return Classify(response, body);
        }
        catch (HttpRequestException e)
        {
            return new Outcome.Unreachable(e.Message);
        }
        catch (TaskCanceledException e) when (!ct.IsCancellationRequested)
        {
            return new Outcome.Unreachable($"no answer within the client's timeout: {e.Message}");
        }
    }

    public static Outcome Classify(HttpResponseMessage response, string body)
    {
        if (response.StatusCode == HttpStatusCode.Created)
        {
            var receipt = JsonNode.Parse(body)?["receiptNumber"]?.GetValue<string>();
            var replayed = response.Headers.TryGetValues("Idempotent-Replayed", out var values) && values.Contains("true");
            return receipt is null ? new Outcome.Wrong(response.StatusCode, body) : new Outcome.Accepted(receipt, replayed);
        }
        return IsClearRefusal(response, body) ? new Outcome.Refused(body) : new Outcome.Wrong(response.StatusCode, body);
    }

    /// <summary>
    /// "Not now, send it again": 503 (busy, disk full, database away) — or 409/429 should the API
    /// ever answer "this key is still being processed" — always with Retry-After and an RFC 9457
    /// problem, never a stack trace. A final 409 (a blocked duplicate) has no Retry-After.
    /// </summary>
    public static bool IsClearRefusal(HttpResponseMessage response, string body) =>
        response.StatusCode is HttpStatusCode.ServiceUnavailable or HttpStatusCode.Conflict or HttpStatusCode.TooManyRequests
        && response.Headers.RetryAfter is not null
        && response.Content.Headers.ContentType?.MediaType == "application/problem+json"
        && !body.Contains("   at ", StringComparison.Ordinal)
        && !body.Contains("Exception", StringComparison.Ordinal);

    /// <summary>Sends the report again and again (same key, same answers) until it is acknowledged or something wrong happens.</summary>
    public static async Task SettleAsync(HttpClient client, Ledger ledger, Ledger.Entry entry, CancellationToken giveUp)
    {
        while (true)
        {
            var outcome = await SubmitAsync(client, entry, CancellationToken.None);
            ledger.Count(outcome);
            switch (outcome)
            {
                case Outcome.Accepted accepted:
                    ledger.Acknowledge(entry, accepted.Receipt, accepted.Replayed);
                    return;
                case Outcome.Wrong wrong:
                    ledger.Problem($"{entry.Key}: {(int)wrong.Status} {Shorten(wrong.Body)}");
                    return;
                default:
                    if (giveUp.IsCancellationRequested)
                    {
                        ledger.Problem($"{entry.Key} was never settled: the node kept refusing or was unreachable.");
                        return;
                    }
                    await Task.Delay(100, CancellationToken.None);
                    break;
            }
        }
    }

    public static string Shorten(string text) => text.Length <= 400 ? text : text[..400] + "…";
}
