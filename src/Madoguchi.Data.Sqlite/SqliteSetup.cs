using Madoguchi.Core.Data;
using Madoguchi.Core.Submissions.Submit;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Madoguchi.Data.Sqlite;

/// <summary>The embedded database: one file, WAL journal, every commit synced to disk.</summary>
public static class SqliteSetup
{
    public static IServiceCollection AddMadoguchiSqlite(this IServiceCollection services, string connectionString)
    {
        services.AddSingleton<ISubmissionLock, InProcessSubmissionLock>();
        services.AddSingleton<IStartupLock, SingleNodeStartupLock>();
        services.AddHostedService(sp => new WalCheckpointer(connectionString, sp.GetRequiredService<ILogger<WalCheckpointer>>()));
        // The options are built once, not for every request's context (the configure step showed in profiles).
        services.AddDbContext<MadoguchiDb>(options => Configure(options, connectionString), optionsLifetime: ServiceLifetime.Singleton);
        // For code that needs the database only now and then (a cache miss, a refused submission): a
        // context made from the same options when needed, not one built for every request.
        return services.AddDbContextFactory<MadoguchiDb>();
    }

    public static void Configure(DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(typeof(SqliteSetup).Assembly.GetName().Name))
            .AddInterceptors(DurableSqliteConnection.Instance);
}
