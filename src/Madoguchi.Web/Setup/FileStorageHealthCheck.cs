using Madoguchi.Core.Submissions.Attachments;

using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Madoguchi.Web.Setup;

/// <summary>Ready only when uploads can be stored: the shared files directory takes a write.</summary>
internal sealed class FileStorageHealthCheck(IOptions<FileStoreOptions> options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var directory = Path.GetFullPath(options.Value.Directory);
        var probe = Path.Combine(directory, $".ready-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(directory);
            await File.WriteAllBytesAsync(probe, [1], cancellationToken);
            File.Delete(probe);
            return HealthCheckResult.Healthy();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return HealthCheckResult.Unhealthy("file storage not writable");
        }
    }
}
