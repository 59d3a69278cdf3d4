using Madoguchi.Web.Tests.Support;

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Madoguchi.Web.Tests.Storage;

/// <summary>
/// On SQLite, committed pages are copied into the database file in the background, not by the
/// submission writer when the WAL fills (docs/benchmarks.md). PostgreSQL has nothing of the kind.
/// </summary>
public sealed class WalCheckpointTests
{
    [Fact]
    public async Task Committed_applications_reach_the_database_file_without_filling_the_wal()
    {
        using var app = new MadoguchiApp();
        using var client = app.CreateClient();
        var checkpointers = app.Services.GetServices<IHostedService>().Count(s => s.GetType().Name == "WalCheckpointer");
        if (TestDatabase.UsePostgres)
        {
            Assert.Equal(0, checkpointers);
            return;
        }
        Assert.Equal(1, checkpointers);
        var file = new FileInfo(Path.Combine(app.DataDirectory, "madoguchi.db"));
        await SettledSizeAsync(file);
        var before = file.Length;

        // About 300 pages of WAL: far below the 4,000 at which the writer would copy them itself.
        for (var i = 0; i < 150; i++)
        {
            using var response = await client.SubmitAsync("doro-tsuho", DemoAnswers.For("doro-tsuho"), Guid.NewGuid().ToString());
            response.EnsureSuccessStatusCode();
        }

        Assert.True(await SettledSizeAsync(file) > before, "the new pages were copied into the database file");
    }

    /// <summary>The file's size once it stopped changing for a second (the checkpointer runs every 100 ms); gives up after 30 s.</summary>
    private static async Task<long> SettledSizeAsync(FileInfo file)
    {
        var last = -1L;
        for (var i = 0; i < 60; i++)
        {
            await Task.Delay(500);
            file.Refresh();
            if (file.Length == last)
            {
                return last;
            }
            last = file.Length;
        }
        return last;
    }
}
