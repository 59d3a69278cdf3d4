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
    public async Task<T> RunAsync<T>(MadoguchiDb db, int procedureId, string? fingerprint, Func<Task<T>> work, CancellationToken ct)
    {
        if (fingerprint is null)
        {
            // No duplicate keys: the unique index on (procedure, idempotency key) alone decides races.
            return await work();
        }
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var key = LockKey(procedureId, fingerprint);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({key})", ct);
        var result = await work();
        await transaction.CommitAsync(ct);
        return result;
    }

    private static long LockKey(int procedureId, string fingerprint)
    {
        var text = "submit:" + procedureId.ToString(CultureInfo.InvariantCulture) + ":" + fingerprint;
        return BinaryPrimitives.ReadInt64BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
