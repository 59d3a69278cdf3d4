using Madoguchi.Core.Data;

using Microsoft.EntityFrameworkCore;

namespace Madoguchi.Core.Jobs;

/// <summary>
/// Claims and releases jobs with one conditional UPDATE each, which both SQLite and PostgreSQL run
/// atomically: of several nodes trying at once, exactly one sees its update change the row.
/// </summary>
public sealed class JobLeases(MadoguchiDb db, TimeProvider clock)
{
    /// <summary>Makes sure the job has its row; the first node to start creates it, due at once.</summary>
    public async Task EnsureAsync(string name, CancellationToken ct)
    {
        if (await db.ScheduledJobs.AnyAsync(j => j.Name == name, ct))
        {
            return;
        }
        db.ScheduledJobs.Add(new ScheduledJob { Name = name, NextRunAt = clock.GetUtcNow() });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another node created it first; that is the row we wanted.
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>Takes the job when it is due and nobody holds a live lease on it.</summary>
    public async Task<bool> TryClaimAsync(string name, string owner, TimeSpan lease, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var until = now + lease;
        var claimed = await db.ScheduledJobs
            .Where(j => j.Name == name && j.NextRunAt <= now && (j.LeaseExpiresAt == null || j.LeaseExpiresAt < now))
            .ExecuteUpdateAsync(s => s
                .SetProperty(j => j.LeaseOwner, owner)
                .SetProperty(j => j.LeaseExpiresAt, until)
                .SetProperty(j => j.LastStartedAt, now), ct);
        return claimed == 1;
    }

    /// <summary>Ends this owner's run and schedules the next; does nothing if the lease was lost meanwhile.</summary>
    public async Task<bool> ReleaseAsync(string name, string owner, TimeSpan interval, string outcome, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var next = now + interval;
        var trimmed = outcome.Length > 200 ? outcome[..200] : outcome;
        var released = await db.ScheduledJobs
            .Where(j => j.Name == name && j.LeaseOwner == owner)
            .ExecuteUpdateAsync(s => s
                .SetProperty(j => j.LeaseOwner, (string?)null)
                .SetProperty(j => j.LeaseExpiresAt, (DateTimeOffset?)null)
                .SetProperty(j => j.NextRunAt, next)
                .SetProperty(j => j.LastFinishedAt, now)
                .SetProperty(j => j.LastOutcome, trimmed)
                .SetProperty(j => j.LastRunBy, owner), ct);
        return released == 1;
    }
}
