using System.Text.Json;
using System.Text.Json.Nodes;

namespace Madoguchi.Web.Setup;

/// <summary>
/// POST /bench/echo reads and parses a body the way the submission API does, then answers a
/// constant. It exists so the load driver (bench/Madoguchi.Bench.Load) can measure what this host
/// can do at most (Kestrel, the middleware, routing, JSON) in the same process and run as the real
/// intake, and report the intake as a fraction of that ceiling. Mapped only when Bench:Enabled is
/// true, which nothing but the load driver sets.
/// </summary>
internal static class BenchEndpoints
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 32 };

    public static void MapBenchEndpoints(this WebApplication app)
    {
        if (!app.Configuration.GetValue("Bench:Enabled", false))
        {
            return;
        }
        app.MapPost("/bench/echo", EchoAsync);
    }

    private static async Task<IResult> EchoAsync(HttpRequest request, CancellationToken ct)
    {
        var body = await JsonNode.ParseAsync(request.Body, documentOptions: DocumentOptions, cancellationToken: ct);
        return body is JsonObject { } root && root["data"] is JsonObject data
            ? Results.Json(new { accepted = data.Count })
            : Results.BadRequest();
    }
}
