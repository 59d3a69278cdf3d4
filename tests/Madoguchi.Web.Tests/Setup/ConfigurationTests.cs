using Madoguchi.Web.Tests.Support;

using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Madoguchi.Web.Tests.Setup;

public sealed class ConfigurationTests
{
    [Theory]
    [InlineData("Oracle")]
    [InlineData("")]
    [InlineData("sqlite; DROP TABLE x")]
    public void An_unknown_database_provider_stops_start_up_with_a_clear_message(string provider)
    {
        using var factory = new MadoguchiApp().WithWebHostBuilder(b => b.UseSetting("Database:Provider", provider));
        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());
        Assert.Contains("Database:Provider", Flatten(error), StringComparison.Ordinal);
    }

    [Fact]
    public void Postgres_without_a_connection_string_stops_start_up_naming_the_setting()
    {
        using var factory = new MadoguchiApp().WithWebHostBuilder(b => b
            .UseSetting("Database:Provider", "Postgres")
            .UseSetting("ConnectionStrings:Madoguchi", ""));
        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());
        Assert.Contains("ConnectionStrings:Madoguchi", Flatten(error), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Proxy:KnownProxies:0", "nginx.internal")]
    [InlineData("Proxy:KnownNetworks:0", "10.0.1.0/99")]
    public void A_malformed_proxy_address_stops_start_up_naming_the_setting(string key, string value)
    {
        using var factory = new MadoguchiApp().WithWebHostBuilder(b => b.UseSetting(key, value));
        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());
        Assert.Contains(value, Flatten(error), StringComparison.Ordinal);
    }

    [Fact]
    public void A_data_directory_that_cannot_be_created_stops_start_up_with_its_path()
    {
        var blocker = Path.GetTempFileName(); // a file where the directory should be
        // The data directory holds the SQLite file, so this is about SQLite in either test run.
        using var factory = new MadoguchiApp().WithWebHostBuilder(b => b
            .UseSetting("Database:Provider", "Sqlite")
            .UseSetting("ConnectionStrings:Madoguchi", "")
            .UseSetting("DataDirectory", Path.Combine(blocker, "data")));
        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());
        Assert.Contains(blocker, Flatten(error), StringComparison.Ordinal);
        File.Delete(blocker);
    }

    private static string Flatten(Exception e) => e.InnerException is null ? e.Message : e.Message + " | " + Flatten(e.InnerException);
}
