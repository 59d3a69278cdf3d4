using Madoguchi.Data.Sqlite;

namespace Madoguchi.Web.Setup;

/// <summary>The one place where the database provider is chosen (Database:Provider).</summary>
internal static class DatabaseSetup
{
    public static void AddMadoguchiDatabase(this WebApplicationBuilder builder)
    {
        var provider = builder.Configuration["Database:Provider"] ?? "Sqlite";
        var connectionString = MadoguchiOptions.ConnectionString(builder.Configuration);
        switch (provider.ToUpperInvariant())
        {
            case "SQLITE":
                Directory.CreateDirectory(MadoguchiOptions.DataDirectory(builder.Configuration));
                builder.Services.AddMadoguchiSqlite(connectionString);
                break;
            default:
                throw new InvalidOperationException(
                    $"Database:Provider '{provider}' is not supported. Use 'Sqlite'.");
        }
    }
}
