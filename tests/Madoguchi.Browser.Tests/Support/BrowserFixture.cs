using Madoguchi.Web.Tests.Support;

using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Madoguchi.Browser.Tests.Support;

/// <summary>
/// Madoguchi on a real Kestrel port (loopback) and Debian's Chromium driven by Playwright.
/// The browser is the system one (/usr/bin/chromium); nothing is downloaded.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime, IDisposable
{
    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), "madoguchi-browser", Guid.NewGuid().ToString("N"));
    private readonly TestDatabase database = TestDatabase.Create();
    private Factory? factory;
    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = null!;
    public string BaseUrl { get; private set; } = "";

    /// <summary>The app's services, to set up what a browser cannot (e.g. a draft that expired).</summary>
    public IServiceProvider Services => factory!.Services;

    public static string ChromiumPath => Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium";

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(dataDirectory);
        factory = new Factory(dataDirectory, database);
        factory.UseKestrel(0);
        factory.StartServer();
        BaseUrl = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/');
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
        });
    }

    /// <summary>A phone: 360 px wide, touch, Japanese.</summary>
    public Task<IBrowserContext> PhoneAsync(bool javaScript = true) => Browser.NewContextAsync(new()
    {
        ViewportSize = new() { Width = 360, Height = 740 },
        IsMobile = true,
        HasTouch = true,
        Locale = "ja-JP",
        JavaScriptEnabled = javaScript,
        BaseURL = BaseUrl,
    });

    public async Task DisposeAsync()
    {
        await Browser.CloseAsync();
        playwright?.Dispose();
        if (factory is not null)
        {
            await factory.DisposeAsync();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        database.Dispose();
        try
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // left for the OS temp cleaner
        }
    }

    public void Dispose() => factory?.Dispose();

    private sealed class Factory(string dataDirectory, TestDatabase database) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("DataDirectory", dataDirectory);
            builder.UseSetting("Urls", "http://127.0.0.1:0");
            builder.UseSetting("Database:SeedDemoCases", "false");
            database.ApplyTo(builder);
        }
    }
}
