using System.Globalization;

using Madoguchi.Core.Audit;
using Madoguchi.Core.Data;

using Microsoft.EntityFrameworkCore;

namespace Madoguchi.Web.Audit;

/// <summary>
/// Writes the audit log's head ("#N hash") to the application log at start-up and every hour
/// when it moved. Logs usually go somewhere the database's users cannot rewrite (journald, a log
/// server): an anchor there reveals a log cut back or recomputed after that moment
/// (`audit verify --expect N:HASH`).
/// </summary>
internal sealed class AuditHeadLog(IServiceScopeFactory scopes, ILogger<AuditHeadLog> log, IConfiguration configuration) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = configuration.GetValue("Audit:HeadLogInterval", TimeSpan.FromHours(1));
        using var timer = new PeriodicTimer(interval);
        var logged = -1L;
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<MadoguchiDb>();
                var head = await db.AuditHeads.AsNoTracking().SingleAsync(h => h.Id == AuditHead.RowId, stoppingToken);
                if (head.Sequence != logged)
                {
                    log.LogInformation("Audit log anchor {Anchor} (verify with: audit verify --expect {Anchor})",
                        $"{head.Sequence.ToString(CultureInfo.InvariantCulture)}:{head.Hash}", $"{head.Sequence.ToString(CultureInfo.InvariantCulture)}:{head.Hash}");
                    logged = head.Sequence;
                }
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                // An unreachable database is reported by the health checks; try again at the next tick.
                log.LogWarning("Could not read the audit log head: {Error}", e.Message);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
