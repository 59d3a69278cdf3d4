using Madoguchi.Core.Data;
using Madoguchi.Core.Submissions.Submit;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Madoguchi.Data.Postgres;

/// <summary>
/// The shared database for several app nodes. Instants are `timestamp with time zone` written in
/// UTC (Npgsql refuses other offsets, and Madoguchi only stores UTC). Answers stay in `text`
/// columns, not `jsonb`: jsonb reorders keys and drops whitespace, and the record must keep the
/// exact characters a resident sent.
/// </summary>
public static class PostgresSetup
{
    public static IServiceCollection AddMadoguchiPostgres(this IServiceCollection services, string connectionString)
    {
        services.AddSingleton<ISubmissionLock, AdvisorySubmissionLock>();
        services.AddSingleton<IStartupLock, AdvisoryStartupLock>();
        // The options are built once, not for every request's context (the configure step showed in profiles).
        services.AddDbContext<MadoguchiDb>(options => Configure(options, connectionString), optionsLifetime: ServiceLifetime.Singleton);
        // For code that needs the database only now and then (a cache miss, a refused submission): a
        // context made from the same options when needed, not one built for every request.
        return services.AddDbContextFactory<MadoguchiDb>();
    }

    public static void Configure(DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(typeof(PostgresSetup).Assembly.GetName().Name));
}
