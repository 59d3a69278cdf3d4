using Madoguchi.Core.Cases.Exports.Pdf;

using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Madoguchi.Web.Staff.Exports;

/// <summary>
/// Missing PDF fonts are said at start-up (an error in the log naming each file and its Debian
/// package) and by /healthz/ready as "Degraded": residents can still apply, so the node stays in
/// service, but the operator sees it before a clerk asks for a PDF.
/// </summary>
internal sealed class PdfFontsCheck(PdfFonts fonts, ILogger<PdfFontsCheck> log) : IHealthCheck, IHostedService
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(fonts.Problems is { Count: > 0 } problems
            ? HealthCheckResult.Degraded("case PDFs unavailable: " + string.Join("; ", problems))
            : HealthCheckResult.Healthy());

    public Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var problem in fonts.Problems)
        {
            log.LogError("Case PDFs cannot be made until this is fixed: {Problem}", problem);
        }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
