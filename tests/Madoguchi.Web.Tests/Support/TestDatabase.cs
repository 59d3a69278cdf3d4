using Microsoft.AspNetCore.Hosting;

using Npgsql;

namespace Madoguchi.Web.Tests.Support;

/// <summary>
/// The database one test app (or several nodes of one app) runs on. SQLite in the app's data
/// directory by default; with MADOGUCHI_TEST_DATABASE=postgres, a fresh database
/// madoguchi_test_&lt;guid&gt; on the server named by MADOGUCHI_TEST_POSTGRES, dropped on dispose.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    public const string ProviderVariable = "MADOGUCHI_TEST_DATABASE";
    public const string ServerVariable = "MADOGUCHI_TEST_POSTGRES";

    private TestDatabase(string provider, string? connectionString)
    {
        Provider = provider;
        ConnectionString = connectionString;
    }

    public string Provider { get; }

    /// <summary>Null for SQLite: the app keeps its file in its data directory.</summary>
    public string? ConnectionString { get; }

    public static bool UsePostgres =>
        string.Equals(Environment.GetEnvironmentVariable(ProviderVariable), "postgres", StringComparison.OrdinalIgnoreCase);

    public static TestDatabase Create() => UsePostgres ? Postgres() : new TestDatabase("Sqlite", null);

    /// <summary>A fresh PostgreSQL database, whatever the run's provider (tests of several nodes need one).</summary>
    public static TestDatabase Postgres()
    {
        var server = Environment.GetEnvironmentVariable(ServerVariable);
        if (string.IsNullOrWhiteSpace(server))
        {
            throw new InvalidOperationException(
                $"{ServerVariable} must name a PostgreSQL server (e.g. Host=127.0.0.1;Port=55432;Username=madoguchi_test); test.sh starts one.");
        }
        var builder = new NpgsqlConnectionStringBuilder(server) { Database = $"madoguchi_test_{Guid.NewGuid():N}" };
        return new TestDatabase("Postgres", builder.ConnectionString);
    }

    public void ApplyTo(IWebHostBuilder builder)
    {
        builder.UseSetting("Database:Provider", Provider);
        if (ConnectionString is not null)
        {
            builder.UseSetting("ConnectionStrings:Madoguchi", ConnectionString);
        }
    }

    public void Dispose()
    {
        if (ConnectionString is null)
        {
            return;
        }
        var database = new NpgsqlConnectionStringBuilder(ConnectionString);
        using (var connection = new NpgsqlConnection(ConnectionString))
        {
            NpgsqlConnection.ClearPool(connection);
        }
        var admin = new NpgsqlConnectionStringBuilder(ConnectionString) { Database = "postgres", Pooling = false };
        using var adminConnection = new NpgsqlConnection(admin.ConnectionString);
        adminConnection.Open();
        using var drop = adminConnection.CreateCommand();
        // The name is ours (madoguchi_test_ + hex), so quoting it is enough.
        drop.CommandText = $"DROP DATABASE IF EXISTS \"{database.Database}\" WITH (FORCE)";
        drop.ExecuteNonQuery();
    }
}
