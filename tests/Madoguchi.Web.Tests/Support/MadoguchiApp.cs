using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Madoguchi.Web.Tests.Support;

/// <summary>
/// The real application (real pipeline, real database: SQLite with WAL and FULL sync, or
/// PostgreSQL, see <see cref="TestDatabase"/>) in a fresh data directory and database of its own,
/// seeded with the demo city. A second node of the same installation shares the first one's
/// database and files directory.
/// </summary>
public sealed class MadoguchiApp : WebApplicationFactory<Program>
{
    private readonly bool ownsDatabase;

    public MadoguchiApp()
    {
        Database = TestDatabase.Create();
        DataDirectory = Path.Combine(Path.GetTempPath(), "madoguchi-tests", Guid.NewGuid().ToString("N"));
        ownsDatabase = true;
    }

    private MadoguchiApp(MadoguchiApp first)
    {
        Database = first.Database;
        DataDirectory = first.DataDirectory;
    }

    public string DataDirectory { get; }

    public TestDatabase Database { get; }

    /// <summary>Another app node on this one's database and files, as behind a load balancer.</summary>
    public MadoguchiApp SecondNode() => new(this);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(DataDirectory);
        builder.UseEnvironment("Testing");
        builder.UseSetting("DataDirectory", DataDirectory);
        builder.UseSetting("Files:Directory", Path.Combine(DataDirectory, "files"));
        // Tests count their own cases; the demo cases are seeded only where a test asks for them.
        builder.UseSetting("Database:SeedDemoCases", "false");
        builder.ConfigureLogging(ServerErrorLog.AddTo);
        Database.ApplyTo(builder);
    }

    public HttpClient Browser() => CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false,
        HandleCookies = true,
        BaseAddress = new Uri("http://localhost"),
    });

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && ownsDatabase)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Database.Dispose();
            try
            {
                Directory.Delete(DataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open by the OS is removed with the temp directory later.
            }
        }
    }
}
