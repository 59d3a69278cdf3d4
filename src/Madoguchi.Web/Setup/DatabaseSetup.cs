using Madoguchi.Data.Postgres;
using Madoguchi.Data.Sqlite;

namespace Madoguchi.Web.Setup;

/// <summary>The one place where the database provider is chosen (Database:Provider).</summary>
internal static class DatabaseSetup
{
    public static void AddMadoguchiDatabase(this WebApplicationBuilder builder)
    {
        var provider = builder.Configuration["Database:Provider"] ?? "Sqlite";
        switch (provider.ToUpperInvariant())
        {
            case "SQLITE":
                Directory.CreateDirectory(MadoguchiOptions.DataDirectory(builder.Configuration));
                builder.Services.AddMadoguchiSqlite(MadoguchiOptions.ConnectionString(builder.Configuration));
                break;
            case "POSTGRES":
                var connectionString = builder.Configuration.GetConnectionString("Madoguchi");
                if (string.IsNullOrWhiteSpace(connectionString))
                {
                    throw new InvalidOperationException(
                        "Database:Provider 'Postgres' needs ConnectionStrings:Madoguchi (e.g. Host=db;Database=madoguchi;Username=madoguchi;Password=...).");
                }
                builder.Services.AddMadoguchiPostgres(connectionString);
                break;
            default:
                throw new InvalidOperationException(
                    $"Database:Provider '{provider}' is not supported. Use 'Sqlite' or 'Postgres'.");
        }
    }
}
