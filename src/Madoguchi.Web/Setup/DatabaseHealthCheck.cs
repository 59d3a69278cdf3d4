using Madoguchi.Core.Data;

using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Madoguchi.Web.Setup;

/// <summary>Ready only when the database answers a query.</summary>
internal sealed class DatabaseHealthCheck(MadoguchiDb db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            return await db.Database.CanConnectAsync(cancellationToken)
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy("database unreachable");
        }
        catch (Exception e) when (e is InvalidOperationException or System.Data.Common.DbException)
        {
            return HealthCheckResult.Unhealthy("database unreachable");
        }
    }
}
