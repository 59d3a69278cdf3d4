using System.Globalization;
using System.Threading.RateLimiting;

using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.RateLimiting;

namespace Madoguchi.Web.Setup;

/// <summary>
/// Overload: a node works on at most Overload:MaxConcurrentRequests requests at once and lets
/// Overload:MaxQueuedRequests more wait, oldest first; anything beyond is refused at once with 503
/// and Retry-After. Far beyond capacity, residents learn in milliseconds to try again instead of
/// waiting until their browser gives up, and memory stays bounded by the limit, not by the crowd.
/// Health probes are exempt (a busy node is not a dead one).
/// Status look-up: guessing access codes must be slow (429, per client address).
/// </summary>
internal static class RequestLimits
{
    public const string StatusLookup = "status-lookup";

    public static void AddMadoguchiRequestLimits(this WebApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection("Overload");
        var concurrent = Setting(settings, "MaxConcurrentRequests", 256, min: 1);
        var queued = Setting(settings, "MaxQueuedRequests", 128, min: 0);
        var overloaded = ServiceUnavailable.Overloaded(Setting(settings, "RetryAfterSeconds", 5, min: 1));
        builder.Services.AddRateLimiter(o =>
        {
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => IsReExecution(context)
                ? RateLimitPartition.GetNoLimiter("re-execution")
                : RateLimitPartition.GetConcurrencyLimiter("node", _ => new ConcurrencyLimiterOptions
                {
                    PermitLimit = concurrent,
                    QueueLimit = queued,
                    QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                }));
            o.OnRejected = (rejected, _) => new ValueTask(overloaded.WriteAsync(
                rejected.HttpContext, rejected.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>()));
            o.AddPolicy<string, StatusLookupLimit>(StatusLookup);
        });
    }

    // An error page rendered for a request that already holds a permit must not wait for a second one.
    private static bool IsReExecution(HttpContext context) =>
        context.Features.Get<IStatusCodeReExecuteFeature>() is not null || context.Features.Get<IExceptionHandlerPathFeature>() is not null;

    private static int Setting(IConfigurationSection settings, string key, int fallback, int min)
    {
        var text = settings[key];
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= 100_000
            ? value
            : throw new InvalidOperationException($"{settings.Path}:{key}: '{text}' is not a whole number from {min} to 100000.");
    }

    private sealed class StatusLookupLimit : IRateLimiterPolicy<string>
    {
        public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected { get; } = (rejected, _) =>
        {
            rejected.HttpContext.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait))
            {
                rejected.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            }
            return ValueTask.CompletedTask;
        };

        public RateLimitPartition<string> GetPartition(HttpContext httpContext) => RateLimitPartition.GetFixedWindowLimiter(
            httpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = 20, Window = TimeSpan.FromMinutes(1) });
    }
}
