using System.Data.Common;

using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Madoguchi.Web.Setup;

/// <summary>
/// When the database cannot be reached (restart, failover, network), a request gets 503 with
/// Retry-After instead of a 500: a problem for the API, a Japanese page for residents. Nothing is
/// cached as broken, so the node serves again as soon as the database answers.
/// </summary>
internal sealed class DatabaseUnavailable(IProblemDetailsService problems, ILogger<DatabaseUnavailable> log) : IExceptionHandler
{
    public const int RetryAfterSeconds = 10;

    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (!IsUnreachable(exception))
        {
            return false;
        }
        log.LogWarning("Database unreachable, answering 503: {Message}", exception.GetBaseException().Message);
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            return await problems.TryWriteAsync(new()
            {
                HttpContext = context,
                ProblemDetails = new ProblemDetails
                {
                    Status = StatusCodes.Status503ServiceUnavailable,
                    Title = "Service temporarily unavailable",
                    Detail = $"The database cannot be reached. Nothing was saved; try again in {RetryAfterSeconds} seconds.",
                },
            });
        }
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(Page, cancellationToken);
        return true;
    }

    // Connection failures (class 08), shutdowns and "cannot connect now" (57P), too many connections (53).
    private static bool IsUnreachable(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is DbException { IsTransient: true } or DbException { SqlState: ['0', '8', ..] or ['5', '7', 'P', ..] or ['5', '3', ..] })
            {
                return true;
            }
        }
        return false;
    }

    private const string Page = """
        <!DOCTYPE html>
        <html lang="ja">
        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>ただいま混み合っています — デモ市 電子申請窓口</title></head>
        <body>
        <main>
        <h1>ただいまご利用いただけません</h1>
        <p>システムが一時的に応答していません。入力した内容は保存されていない可能性があります。しばらくしてから、もう一度お試しください。</p>
        <p lang="en">The service is briefly unavailable. Please try again in a few moments.</p>
        </main>
        </body>
        </html>
        """;
}
