using Madoguchi.Core.Data;

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

using Npgsql;

namespace Madoguchi.Data.Postgres;

/// <summary>
/// A session-level advisory lock on the context's own connection, kept open while migrations
/// and seeding run. If the node dies, PostgreSQL drops the session and with it the lock.
/// </summary>
internal sealed class AdvisoryStartupLock : IStartupLock
{
    // Any constant distinct from the submission locks' keys (those are hashes of procedure and fingerprint).
    private const long Key = 0x4D61646F_53747274; // "MadoStrt"

    public async Task<IAsyncDisposable> AcquireAsync(MadoguchiDb db, CancellationToken ct = default)
    {
        await CreateDatabaseIfMissingAsync(db, ct);
        await db.Database.OpenConnectionAsync(ct);
        // The node holding the lock may be migrating and seeding for minutes on a busy machine; waiting
        // for it is the point, so this one command has no 30 s timeout.
        var timeout = db.Database.GetCommandTimeout();
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(15));
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({Key})", ct);
        db.Database.SetCommandTimeout(timeout);
        return new Release(db);
    }

    // The lock lives in the database, so the database must exist first (a fresh installation).
    private static async Task CreateDatabaseIfMissingAsync(MadoguchiDb db, CancellationToken ct)
    {
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (await creator.ExistsAsync(ct))
        {
            return;
        }
        try
        {
            await creator.CreateAsync(ct);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DuplicateDatabase)
        {
            // Another node created it a moment earlier.
        }
    }

    private sealed class Release(MadoguchiDb db) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({Key})");
            await db.Database.CloseConnectionAsync();
        }
    }
}
