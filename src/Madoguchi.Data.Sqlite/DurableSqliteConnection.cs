using System.Data.Common;
using System.Runtime.CompilerServices;

using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Madoguchi.Data.Sqlite;

/// <summary>
/// Sets the pragmas that make an acknowledged application survive a crash or power loss:
/// WAL (readers never block the writer) with synchronous=FULL (fsync at every commit), and a busy
/// timeout so concurrent writers wait their turn instead of failing. The automatic checkpoint waits
/// for 4,000 pages of WAL rather than SQLite's 1,000: <see cref="WalCheckpointer"/> does the
/// copying in the background, and this one only finishes it. Pragmas belong to the
/// database handle, which the pool keeps open and hands out again, so they are set once per handle
/// rather than at every open (EF opens a connection for each query).
/// </summary>
internal sealed class DurableSqliteConnection : DbConnectionInterceptor
{
    public static readonly DurableSqliteConnection Instance = new();

    private const string Pragmas = "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA busy_timeout=30000; PRAGMA foreign_keys=ON; PRAGMA wal_autocheckpoint=4000;";

    private static readonly ConditionalWeakTable<object, object> Prepared = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (IsNew(connection))
        {
            using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            command.ExecuteNonQuery();
            Remember(connection);
        }
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (IsNew(connection))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken);
            Remember(connection);
        }
    }

    // The handle outlives this DbConnection object in the pool; once it is closed for good it is collected, and so is its entry.
    private static bool IsNew(DbConnection connection) =>
        connection is not SqliteConnection { Handle: { } handle } || !Prepared.TryGetValue(handle, out _);

    private static void Remember(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle })
        {
            Prepared.AddOrUpdate(handle, Instance);
        }
    }
}
