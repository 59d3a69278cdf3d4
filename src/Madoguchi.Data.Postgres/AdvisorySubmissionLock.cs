using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

using Madoguchi.Core.Data;
using Madoguchi.Core.Submissions.Submit;

using Microsoft.EntityFrameworkCore;

namespace Madoguchi.Data.Postgres;

/// <summary>
/// Serialises submissions of the same person to the same procedure across every node: a
/// transaction-scoped advisory lock keyed on (procedure, fingerprint) is held from the duplicate
/// check until the insert commits. Submissions of different people never wait for each other.
/// </summary>
internal sealed class AdvisorySubmissionLock : ISubmissionLock
{
    public async Task<T> RunAsync<T>(MadoguchiDb db, IReadOnlyCollection<DuplicateKey> keys, Func<Task<T>> work, CancellationToken ct)
    {
        if (keys.Count == 0)
        {
            // No duplicate keys: the unique index on (procedure, idempotency key) alone decides races.
            return await work();
        }
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // Taken in one order on every node, so two batches sharing keys wait instead of deadlocking:
        // the array is sorted here and unnest yields it in that order. One round trip for the batch,
        // not one per key.
        long[] sorted = [.. keys.Select(LockKey).Distinct().Order()];
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(k) FROM unnest({sorted}) AS k", ct);
        var result = await work();
        await transaction.CommitAsync(ct);
        return result;
    }

    private static long LockKey(DuplicateKey key)
    {
        var text = "submit:" + key.ProcedureId.ToString(CultureInfo.InvariantCulture) + ":" + key.Fingerprint;
        return BinaryPrimitives.ReadInt64BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
