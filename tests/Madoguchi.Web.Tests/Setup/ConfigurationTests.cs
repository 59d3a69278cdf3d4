using Madoguchi.Web.Tests.Support;

using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

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

    [Theory]
    [InlineData("Files:Store", "FTP", "Files:Store")]
    [InlineData("Files:S3:ServiceUrl", "ftp://files.example", "Files:S3:ServiceUrl")]
    [InlineData("Files:S3:Bucket", "Madoguchi_Files", "Files:S3:Bucket")]
    [InlineData("Files:S3:Prefix", "../<script>", "Files:S3:Prefix")]
    [InlineData("Files:S3:AccessKey", "", "Files:S3:AccessKey")]
    [InlineData("Files:S3:TimeoutSeconds", "0", "Files:S3:TimeoutSeconds")]
    public void A_wrong_file_store_setting_stops_start_up_naming_the_setting(string key, string value, string named)
    {
        using var factory = new MadoguchiApp().WithWebHostBuilder(b =>
        {
            b.UseSetting("Files:Store", "S3");
            b.UseSetting("Files:S3:ServiceUrl", "http://127.0.0.1:9000");
            b.UseSetting("Files:S3:Bucket", "madoguchi");
            b.UseSetting("Files:S3:AccessKey", "key");
            b.UseSetting("Files:S3:SecretKey", "secret");
            b.UseSetting(key, value);
        });
        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());
        Assert.Contains(named, Flatten(error), StringComparison.Ordinal);
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

    [Theory]
    [InlineData("Calendar:AnnualClosingDays:0", "12/29")]
    [InlineData("Calendar:AnnualClosingDays:0", "13-01")]
    [InlineData("Calendar:ExtraClosedDays:0", "令和9年5月6日")]
    [InlineData("Calendar:ExtraOpenDays:0", "2027-02-30")]
    public void A_wrong_calendar_day_stops_start_up_naming_the_setting(string key, string value)
    {
        using var factory = new MadoguchiApp().WithWebHostBuilder(b => b.UseSetting(key, value));
        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());
        Assert.Contains(key[..key.LastIndexOf(':')], Flatten(error), StringComparison.Ordinal);
        Assert.Contains(value, Flatten(error), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Overload:MaxConcurrentRequests", "0")]
    [InlineData("Overload:MaxConcurrentRequests", "many")]
    [InlineData("Overload:MaxQueuedRequests", "-1")]
    [InlineData("Overload:MaxQueuedRequests", "99999999999")]
    [InlineData("Overload:RetryAfterSeconds", "soon")]
    public void A_wrong_overload_limit_stops_start_up_naming_the_setting(string key, string value)
    {
        using var factory = new MadoguchiApp().WithWebHostBuilder(b => b.UseSetting(key, value));
        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());
        Assert.Contains(key, Flatten(error), StringComparison.Ordinal);
        Assert.Contains(value, Flatten(error), StringComparison.Ordinal);
    }

    [Fact]
    public void A_city_closing_day_moves_the_due_date()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(9));
        var usual = Core.Calendar.CityCalendar.From(new ConfigurationBuilder().Build());
        var firstBusinessDay = usual.AddBusinessDays(today, 1);
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Calendar:ExtraClosedDays:0"] = firstBusinessDay.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        }).Build();

        var city = Core.Calendar.CityCalendar.From(config);

        Assert.False(city.IsBusinessDay(firstBusinessDay));
        Assert.True(city.AddBusinessDays(today, 1) > firstBusinessDay);
    }

    private static string Flatten(Exception e) => e.InnerException is null ? e.Message : e.Message + " | " + Flatten(e.InnerException);
}
