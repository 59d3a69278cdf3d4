using Madoguchi.Core.Submissions.Attachments;

using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Madoguchi.Web.Setup;

/// <summary>Ready only when uploads can be stored: the shared directory or object store takes a write.</summary>
internal sealed class FileStorageHealthCheck(FileStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await store.CanStoreAsync(cancellationToken)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("file storage not writable");
}
