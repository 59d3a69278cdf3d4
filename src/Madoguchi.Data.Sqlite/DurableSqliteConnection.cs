using System.Data.Common;

using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Madoguchi.Data.Sqlite;

/// <summary>
/// Sets the pragmas that make an acknowledged application survive a crash or power loss:
/// WAL (readers never block the writer) with synchronous=FULL (fsync at every commit), and a busy
/// timeout so concurrent writers wait their turn instead of failing.
/// </summary>
internal sealed class DurableSqliteConnection : DbConnectionInterceptor
{
    public static readonly DurableSqliteConnection Instance = new();

    private const string Pragmas = "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA busy_timeout=30000; PRAGMA foreign_keys=ON;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
