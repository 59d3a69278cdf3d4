using System.Data.Common;

using Microsoft.AspNetCore.Diagnostics;

namespace Madoguchi.Web.Setup;

/// <summary>
/// When the database cannot be reached (restart, failover, network), a request gets 503 with
/// Retry-After instead of a 500: a problem for the API, a Japanese page for residents. Nothing is
/// cached as broken, so the node serves again as soon as the database answers.
/// </summary>
internal sealed class DatabaseUnavailable(IProblemDetailsService problems, ILogger<DatabaseUnavailable> log) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (!IsUnreachable(exception))
        {
            return false;
        }
        log.LogWarning("Database unreachable, answering 503: {Message}", exception.GetBaseException().Message);
        await ServiceUnavailable.DatabaseUnreachable.WriteAsync(context, problems);
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
}
