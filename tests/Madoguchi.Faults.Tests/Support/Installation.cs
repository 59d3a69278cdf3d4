using Madoguchi.Cluster.Tests.Support;
using Madoguchi.Core.Data;
using Madoguchi.Data.Postgres;
using Madoguchi.Data.Sqlite;
using Madoguchi.Web.Tests.Support;

using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

using Npgsql;

namespace Madoguchi.Faults.Tests.Support;

/// <summary>
/// One Madoguchi installation under test: its database (a SQLite file in its data directory, or a
/// PostgreSQL database) and its files. Nodes started from it share both, across restarts.
/// </summary>
public sealed class Installation : IDisposable
{
    private readonly TestDatabase? ownedDatabase;

    private Installation(string provider, string dataDirectory, string? connectionString, TestDatabase? ownedDatabase)
    {
        Provider = provider;
        DataDirectory = dataDirectory;
        ConnectionString = connectionString;
        this.ownedDatabase = ownedDatabase;
    }

    public string Provider { get; }
    public string DataDirectory { get; }
    public string? ConnectionString { get; }

    public string SqliteFile => Path.Combine(DataDirectory, "madoguchi.db");

    public static Installation Create(string provider, string? dataDirectory = null, string? postgresConnectionString = null)
    {
        var directory = dataDirectory ?? Directory.CreateTempSubdirectory("madoguchi-faults").FullName;
        Directory.CreateDirectory(directory);
        if (provider == "Sqlite")
        {
            return new Installation(provider, directory, null, null);
        }
        if (postgresConnectionString is not null)
        {
            return new Installation(provider, directory, postgresConnectionString, null);
        }
        var database = TestDatabase.Postgres();
        return new Installation(provider, directory, database.ConnectionString, database);
    }

    public Task<AppNode> StartNodeAsync(params (string Key, string Value)[] extra)
    {
        var settings = new Dictionary<string, string>
        {
            ["Database:Provider"] = Provider,
            ["DataDirectory"] = DataDirectory,
            // The demo city, but not its demo cases: every application in the database is one a test sent.
            ["Database:SeedDemoCases"] = "false",
        };
        if (ConnectionString is not null)
        {
            settings["ConnectionStrings:Madoguchi"] = ConnectionString;
        }
        foreach (var (key, value) in extra)
        {
            settings[key] = value;
        }
        return AppNode.StartAsync(settings);
    }

    /// <summary>The installation's database, read by the test itself (not through the app).</summary>
    public MadoguchiDb OpenDatabase()
    {
        var options = new DbContextOptionsBuilder<MadoguchiDb>();
        if (Provider == "Sqlite")
        {
            SqliteSetup.Configure(options, $"Data Source={SqliteFile};Pooling=False");
        }
        else
        {
            PostgresSetup.Configure(options, new NpgsqlConnectionStringBuilder(ConnectionString) { Pooling = false }.ConnectionString);
        }
        return new MadoguchiDb(options.Options);
    }

    /// <summary>SQLite's own full check of the file; on PostgreSQL, amcheck over every index of the applications table.</summary>
    public async Task<string> IntegrityCheckAsync()
    {
        if (Provider == "Sqlite")
        {
            await using var sqlite = new SqliteConnection($"Data Source={SqliteFile};Pooling=False");
            await sqlite.OpenAsync();
            await using var command = sqlite.CreateCommand();
            command.CommandText = "PRAGMA integrity_check";
            return (string)(await command.ExecuteScalarAsync())!;
        }
        await using var postgres = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionString) { Pooling = false }.ConnectionString);
        await postgres.OpenAsync();
        await using var check = postgres.CreateCommand();
        // heapallindexed: every row of the table is found in every index (the receipt and key indexes decide uniqueness).
        check.CommandText = """
            CREATE EXTENSION IF NOT EXISTS amcheck;
            SELECT count(bt_index_check(i.indexrelid, true)) FROM pg_index i WHERE i.indrelid = '"Applications"'::regclass;
            """;
        var indexes = (long)(await check.ExecuteScalarAsync())!;
        return indexes > 0 ? "ok" : "no index checked";
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        ownedDatabase?.Dispose();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A mount point still busy is left to the temp directory's cleaning.
        }
    }
}
