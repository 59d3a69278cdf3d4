namespace Madoguchi.Web.Setup;

/// <summary>
/// Probes for a load balancer or orchestrator: /healthz/live says the process answers (restart it
/// if not); /healthz/ready says this node can serve residents (send traffic only then).
/// /healthz is kept as ready for existing monitors.
/// </summary>
internal static class HealthSetup
{
    private const string Ready = "ready";

    public static void AddMadoguchiHealth(this IServiceCollection services) =>
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: [Ready])
            .AddCheck<FileStorageHealthCheck>("file-storage", tags: [Ready])
            .AddCheck<Staff.Exports.PdfFontsCheck>("pdf-fonts", tags: [Ready]);

    public static void MapMadoguchiHealth(this WebApplication app)
    {
        // Exempt from the overload limit: a busy node is alive and ready, and must not be restarted or drained for it.
        app.MapHealthChecks("/healthz/live", new() { Predicate = _ => false }).DisableRateLimiting();
        app.MapHealthChecks("/healthz/ready", new() { Predicate = check => check.Tags.Contains(Ready) }).DisableRateLimiting();
        app.MapHealthChecks("/healthz", new() { Predicate = check => check.Tags.Contains(Ready) }).DisableRateLimiting();
    }
}
