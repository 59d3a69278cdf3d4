using Madoguchi.Core.Data;
using Madoguchi.Core.Identity;
using Madoguchi.Core.Procedures.Demo;
using Madoguchi.Data.Postgres;
using Madoguchi.Data.Sqlite;

using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

using Npgsql;

namespace Madoguchi.Bench.Inbox;

/// <summary>
/// A fresh database of its own (a SQLite file in a temp directory, or a new PostgreSQL database),
/// migrated and seeded with the demo city and one clerk, removed again at the end.
/// </summary>
internal sealed class InboxDatabase : IAsyncDisposable
{
    private readonly Action<DbContextOptionsBuilder> configure;
    private readonly Func<Task> remove;

    private InboxDatabase(string provider, Action<DbContextOptionsBuilder> configure, Func<Task> remove)
    {
        Provider = provider;
        this.configure = configure;
        this.remove = remove;
    }

    public string Provider { get; }

    public string ClerkId { get; } = Guid.NewGuid().ToString();

    public static async Task<InboxDatabase> CreateAsync(string provider, string? postgresServer)
    {
        InboxDatabase database;
        if (provider == "sqlite")
        {
            var directory = Path.Combine(Path.GetTempPath(), "madoguchi-inbox-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(directory);
            var connection = $"Data Source={Path.Combine(directory, "madoguchi.db")};Pooling=True";
            database = new InboxDatabase(provider, o => SqliteSetup.Configure(o, connection), () =>
            {
                SqliteConnection.ClearAllPools();
                Directory.Delete(directory, recursive: true);
                return Task.CompletedTask;
            });
        }
        else
        {
            var name = "madoguchi_bench_inbox_" + Guid.NewGuid().ToString("N");
            var connection = new NpgsqlConnectionStringBuilder(postgresServer) { Database = name }.ConnectionString;
            database = new InboxDatabase(provider, o => PostgresSetup.Configure(o, connection), async () =>
            {
                NpgsqlConnection.ClearAllPools();
                var admin = new NpgsqlConnectionStringBuilder(postgresServer) { Database = "postgres", Pooling = false };
                await using var adminConnection = new NpgsqlConnection(admin.ConnectionString);
                await adminConnection.OpenAsync();
                await using var drop = adminConnection.CreateCommand();
                drop.CommandText = $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"; // our own generated name
                await drop.ExecuteNonQueryAsync();
            });
        }
        await using var db = database.Open();
        await db.Database.MigrateAsync();
        await new DemoCitySeeder(db, TimeProvider.System).SeedIfEmptyAsync();
        var department = await db.Procedures.Where(p => p.Code == "jido-teate").Select(p => p.DepartmentId).SingleAsync();
        db.Users.Add(new StaffMember { Id = database.ClerkId, UserName = "bench-clerk", DisplayName = "計測 太郎", DisplayNameKana = "ケイソク タロウ" });
        db.DepartmentMemberships.Add(new DepartmentMembership { StaffMemberId = database.ClerkId, DepartmentId = department, Role = DepartmentRole.Clerk });
        await db.SaveChangesAsync();
        return database;
    }

    public MadoguchiDb Open()
    {
        var options = new DbContextOptionsBuilder<MadoguchiDb>();
        configure(options);
        return new MadoguchiDb(options.Options);
    }

    public async Task<string> SeedAsync(int cases)
    {
        await using var db = Open();
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var procedures = await db.Procedures.Select(p => new { p.Id, p.PublishedVersionId }).ToListAsync();
        await BulkApplications.InsertAsync(db, cases, [.. procedures.Select(p => (p.Id, p.PublishedVersionId!.Value))]);
        var seconds = System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds;
        if (Provider == "postgres")
        {
            await db.Database.ExecuteSqlRawAsync("ANALYZE \"Applications\"; ANALYZE \"ApplicantNameTerms\"");
        }
        else
        {
            await db.Database.ExecuteSqlRawAsync("ANALYZE");
        }
        return $"Seeded {cases:N0} applications over {procedures.Count} procedures on {Provider} in {seconds:0} s.";
    }

    public async ValueTask DisposeAsync() => await remove();
}
