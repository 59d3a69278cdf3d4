using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Madoguchi.Data.Sqlite;

/// <summary>
/// Copies committed pages from the WAL into the database file on a connection of its own, ten
/// times a second. Otherwise the connection whose commit fills the WAL does it (SQLite's automatic
/// checkpoint), and that is nearly always the submission writer: every few dozen batches one batch
/// waited for a checkpoint of a thousand pages while requests queued behind it (batch duration p95
/// 4.5 ms against a median of 1.5 ms; docs/benchmarks.md). A PASSIVE checkpoint never waits for
/// readers or the writer and changes nothing a reader sees; what a commit made durable in the WAL
/// stays durable. The writer's own automatic checkpoint stays as the fallback, at 4,000 pages
/// (<see cref="DurableSqliteConnection"/>): under a steady rush this one never finishes the whole
/// WAL (new commits keep arriving), so it is the writer's small final checkpoint that lets SQLite
/// start the WAL again from its beginning, which keeps the file at about 16 MB.
/// </summary>
internal sealed partial class WalCheckpointer(string connectionString, ILogger<WalCheckpointer> log) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        SqliteConnection? connection = null;
        var failing = false;
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    connection ??= await OpenAsync(stoppingToken);
                    await using var command = connection.CreateCommand();
                    command.CommandText = "PRAGMA wal_checkpoint(PASSIVE)";
                    await command.ExecuteNonQueryAsync(stoppingToken);
                    failing = false;
                }
                catch (SqliteException e)
                {
                    // A full disk or a file being replaced: committed data is safe in the WAL;
                    // try again on the next tick with a fresh connection, and say so once.
                    if (!failing)
                    {
                        LogCheckpointFailed(log, e.SqliteErrorCode, e.Message);
                    }
                    failing = true;
                    await (connection?.DisposeAsync() ?? ValueTask.CompletedTask);
                    connection = null;
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
        finally
        {
            await (connection?.DisposeAsync() ?? ValueTask.CompletedTask);
        }
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken ct)
    {
        // Its own handle, outside the pool: it is held for the life of the node.
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder(connectionString) { Pooling = false }.ToString());
        await connection.OpenAsync(ct);
        // Not through EF, so the interceptor's pragmas are set here: the checkpoint's own syncs
        // follow synchronous=FULL, and it never waits on a lock (PASSIVE does not anyway).
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous=FULL; PRAGMA busy_timeout=0;";
        await command.ExecuteNonQueryAsync(ct);
        return connection;
    }

    [LoggerMessage(LogLevel.Warning, "The background WAL checkpoint failed (SQLite error {Code}: {Message}); it is tried again every 100 ms.")]
    private static partial void LogCheckpointFailed(ILogger logger, int code, string message);
}
