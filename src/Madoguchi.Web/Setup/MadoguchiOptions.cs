namespace Madoguchi.Web.Setup;

/// <summary>
/// Where Madoguchi keeps its data. Every value can come from appsettings.json, an environment
/// variable (Database__Provider, ConnectionStrings__Madoguchi, DataDirectory) or the command line.
/// </summary>
internal static class MadoguchiOptions
{
    public static string DataDirectory(IConfiguration configuration) =>
        Path.GetFullPath(string.IsNullOrWhiteSpace(configuration["DataDirectory"]) ? "data" : configuration["DataDirectory"]!);

    public static string ConnectionString(IConfiguration configuration)
    {
        var configured = configuration.GetConnectionString("Madoguchi");
        return string.IsNullOrWhiteSpace(configured)
            ? $"Data Source={Path.Combine(DataDirectory(configuration), "madoguchi.db")};Pooling=True"
            : configured;
    }

    public static string FilesDirectory(IConfiguration configuration)
    {
        var configured = configuration["Files:Directory"];
        return string.IsNullOrWhiteSpace(configured) ? Path.Combine(DataDirectory(configuration), "files") : Path.GetFullPath(configured);
    }
}
