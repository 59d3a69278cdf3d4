using Madoguchi.Core.Data;

using Microsoft.EntityFrameworkCore;

namespace Madoguchi.Core.Audit;

/// <summary>
/// Chains new audit entries when they are saved. Runs inside <see cref="MadoguchiDb"/>'s
/// SaveChangesAsync: in a transaction (the caller's, or one of its own), it first writes to the
/// head row, which makes every other appender on every node wait for this transaction (a row
/// lock on PostgreSQL, the write lock on SQLite); then it reads the head, numbers and hashes
/// the new entries after it, saves, and moves the head.
/// </summary>
internal static class AuditChain
{
    public static List<AuditEntry> Pending(MadoguchiDb db)
    {
        var pending = new List<AuditEntry>();
        foreach (var entry in db.ChangeTracker.Entries<AuditEntry>())
        {
            switch (entry.State)
            {
                case EntityState.Added:
                    pending.Add(entry.Entity);
                    break;
                case EntityState.Modified or EntityState.Deleted:
                    throw new InvalidOperationException($"Audit entry {entry.Entity.Sequence} is append-only; it may never change.");
                default:
                    break;
            }
        }
        foreach (var head in db.ChangeTracker.Entries<AuditHead>())
        {
            if (head.State != EntityState.Unchanged)
            {
                throw new InvalidOperationException("The audit head moves only with the entries it names.");
            }
        }
        pending.Sort((a, b) => a.RecordedOrder.CompareTo(b.RecordedOrder));
        return pending;
    }

    public static async Task<int> SaveAsync(MadoguchiDb db, List<AuditEntry> pending, Func<Task<int>> save, CancellationToken ct)
    {
        var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        try
        {
            // Take the head's lock before reading it: whoever writes next reads this transaction's result.
            await db.Database.ExecuteSqlAsync($"UPDATE \"AuditHead\" SET \"Sequence\" = \"Sequence\" WHERE \"Id\" = {AuditHead.RowId}", ct);
            var head = await db.AuditHeads.AsNoTracking().SingleAsync(h => h.Id == AuditHead.RowId, ct);
            var (sequence, hash) = (head.Sequence, head.Hash);
            foreach (var entry in pending)
            {
                entry.Sequence = ++sequence;
                entry.PreviousHash = hash;
                entry.Hash = hash = AuditHash.Of(entry);
            }
            var written = await save();
            await db.Database.ExecuteSqlAsync(
                $"UPDATE \"AuditHead\" SET \"Sequence\" = {sequence}, \"Hash\" = {hash} WHERE \"Id\" = {AuditHead.RowId}", ct);
            if (own is not null)
            {
                await own.CommitAsync(ct);
            }
            return written;
        }
        finally
        {
            if (own is not null)
            {
                await own.DisposeAsync();
            }
        }
    }
}
