using System.Net;

using Madoguchi.Faults.Tests.Support;
using Madoguchi.Web.Tests.Support;

using Xunit.Abstractions;

namespace Madoguchi.Faults.Tests.Setup;

/// <summary>
/// The single-server installation (SQLite and uploads in one data directory) on a disk that fills
/// up while residents submit: intake says 503 "not now" with Retry-After, stores every application
/// it acknowledged and nothing it refused, and takes applications again by itself once space is freed.
/// </summary>
public sealed class FullDiskTests(ITestOutputHelper output)
{
    [Fact]
    public async Task On_a_full_disk_intake_refuses_with_503_stores_nothing_half_and_resumes_when_space_is_freed()
    {
        await using var disk = await SmallDisk.CreateAsync(megabytes: 48);
        using var installation = Installation.Create("Sqlite", Path.Combine(disk.Path, "madoguchi"));
        await using var node = await installation.StartNodeAsync();
        using var client = Intake.Client(node.Url);
        var ledger = new Ledger();
        using var pages = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = node.Url };
        var resident = new ResidentBrowser(pages);
        var firstPage = await resident.StartAsync(Reports.Procedure); // a draft begun while there is room
        var photoPage = firstPage[..(firstPage.LastIndexOf('/') + 1)] + "location";
        for (var n = 0; n < 20; n++)
        {
            await Intake.SettleAsync(client, ledger, ledger.NewReport($"before-{n}"), CancellationToken.None);
        }

        var filler = disk.Fill();
        var refused = new List<Ledger.Entry>();
        for (var n = 0; refused.Count < 10; n++)
        {
            Assert.True(n < 20_000, $"After {n} submissions the full disk still took everything:\n{node.Output}");
            var entry = ledger.NewReport($"full-{n}");
            switch (await Intake.SubmitAsync(client, entry))
            {
                case Outcome.Accepted accepted:
                    ledger.Acknowledge(entry, accepted.Receipt, accepted.Replayed);
                    break;
                case Outcome.Refused:
                    refused.Add(entry);
                    break;
                case var other:
                    Assert.Fail($"{entry.Key} on a full disk: {other}\n{node.Output}");
                    break;
            }
        }
        using var upload = await resident.PostAsync(photoPage, Location(), [new UploadFile("photos", "photo.jpg", Photo())]);
        var uploadPage = await upload.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, upload.StatusCode);
        Assert.NotNull(upload.Headers.RetryAfter);
        Assert.Contains("保存できません", uploadPage, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", uploadPage, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFiles(disk.Path, "*.partial", SearchOption.AllDirectories));
        var whileFull = await StoredApplications.LoadAsync(installation);
        Assert.Empty(StoredApplications.Check(whileFull, ledger.Entries.Where(e => e.Receipt is not null)));
        Assert.DoesNotContain(whileFull, row => refused.Any(e => e.Key == row.IdempotencyKey));

        File.Delete(filler);
        using var resume = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        foreach (var entry in refused)
        {
            await Intake.SettleAsync(client, ledger, entry, resume.Token);
        }
        using var uploadAgain = await resident.PostAsync(photoPage, Location(), [new UploadFile("photos", "photo.jpg", Photo())]);

        Assert.True(ledger.Problems.Count == 0, $"{string.Join("\n", ledger.Problems.Take(10))}\nNode:\n{node.Output}");
        Assert.All(refused, e => Assert.False(e.Replayed, $"{e.Key} was refused, yet a copy was stored."));
        Assert.Equal(HttpStatusCode.Redirect, uploadAgain.StatusCode);
        node.Kill();
        var rows = await StoredApplications.LoadAsync(installation);
        Assert.Empty(StoredApplications.Check(rows, ledger.Entries));
        Assert.Equal(ledger.Entries.Count, rows.Count);
        Assert.Equal("ok", await installation.IntegrityCheckAsync());
        output.WriteLine($"{disk.Kind}: {ledger.Entries.Count - refused.Count} acknowledged ({ledger.Entries.Count(e => e.Key.StartsWith("full-", StringComparison.Ordinal) && !refused.Contains(e))} after the disk was filled), " +
            $"{refused.Count} refused with 503 and stored after the space was freed; the upload on the full disk was refused with 503");
    }

    private static KeyValuePair<string, string>[] Location() =>
        [new("locationDescription", "デモ市役所前の交差点から北へ50m、歩道側"), new("action", "next")];

    // Big enough to need fresh blocks; only the first bytes are checked (a JPEG signature).
    private static byte[] Photo() => [.. TestFiles.Jpeg, .. new byte[256 * 1024]];
}
