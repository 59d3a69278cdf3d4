using System.Net;

using Madoguchi.Core.Data;
using Madoguchi.Core.Jobs;
using Madoguchi.Core.Submissions.Attachments;
using Madoguchi.Core.Submissions.Drafts;
using Madoguchi.Web.Tests.Support;

using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Madoguchi.Web.Tests.Jobs;

public sealed class PurgeExpiredDraftsTests(MadoguchiApp app) : IClassFixture<MadoguchiApp>
{
    [Fact]
    public async Task Expired_drafts_and_their_files_go_while_live_drafts_and_submitted_files_stay()
    {
        // The node's own runner purges once at start; let it finish first, or it may be the one that
        // purges this test's expired draft and leave nothing for the run below.
        await FirstRunFinishedAsync();
        // Two drafts with a photo each; one is then left to expire.
        var expiredDraft = await StartDraftWithPhotoAsync("expired.jpg");
        var liveDraft = await StartDraftWithPhotoAsync("live.jpg");
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MadoguchiDb>();
        var store = scope.ServiceProvider.GetRequiredService<FileStore>();
        var expiredFile = await db.Attachments.AsNoTracking().SingleAsync(a => a.FileName == "expired.jpg");
        var liveFile = await db.Attachments.AsNoTracking().SingleAsync(a => a.FileName == "live.jpg");
        await db.Drafts.Where(d => d.Id == expiredFile.DraftId).ExecuteUpdateAsync(s => s.SetProperty(d => d.ExpiresAt, DateTimeOffset.UtcNow.AddDays(-1)));
        // A file already part of an application stays even when its draft expires.
        using var submitted = await app.CreateClient().SubmitAsync("doro-tsuho", DemoAnswers.For("doro-tsuho"), Guid.NewGuid().ToString());
        Assert.Equal(HttpStatusCode.Created, submitted.StatusCode);

        var outcome = await new PurgeExpiredDrafts().RunAsync(scope.ServiceProvider, CancellationToken.None);

        Assert.Matches("drafts: [1-9][0-9]*, files: [1-9][0-9]*", outcome);
        Assert.False(await db.Drafts.AnyAsync(d => d.Id == expiredFile.DraftId));
        Assert.False(await db.Attachments.AnyAsync(a => a.Id == expiredFile.Id));
        Assert.False(await store.ExistsAsync(expiredFile.StorageKey, CancellationToken.None));
        Assert.True(await db.Drafts.AnyAsync(d => d.Id == liveFile.DraftId));
        Assert.True(await store.ExistsAsync(liveFile.StorageKey, CancellationToken.None));
        // The live draft's link still works.
        using var again = await app.Browser().GetAsync(liveDraft);
        Assert.NotEqual(HttpStatusCode.NotFound, again.StatusCode);
        using var gone = await app.Browser().GetAsync(expiredDraft);
        Assert.NotEqual(HttpStatusCode.OK, gone.StatusCode);
    }

    [Fact]
    public async Task An_expired_draft_is_kept_for_the_grace_period_and_purged_after_it()
    {
        await StartDraftWithPhotoAsync("in-grace.jpg");
        await StartDraftWithPhotoAsync("past-grace.jpg");
        // Far beyond the drafts' own lifetime, so the node's runner, on the real clock, touches neither.
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow + DraftStore.Lifetime * 3);
        using var later = app.WithWebHostBuilder(b => b.UseSetting("Jobs:Enabled", "false")
            .ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock)));
        using var scope = later.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MadoguchiDb>();
        var store = scope.ServiceProvider.GetRequiredService<FileStore>();
        var inGrace = await db.Attachments.AsNoTracking().SingleAsync(a => a.FileName == "in-grace.jpg");
        var pastGrace = await db.Attachments.AsNoTracking().SingleAsync(a => a.FileName == "past-grace.jpg");
        var now = clock.GetUtcNow();
        await db.Drafts.Where(d => d.Id == inGrace.DraftId).ExecuteUpdateAsync(s => s.SetProperty(d => d.ExpiresAt, now.AddMinutes(-1)));
        await db.Drafts.Where(d => d.Id == pastGrace.DraftId)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.ExpiresAt, now - PurgeExpiredDrafts.GracePeriod - TimeSpan.FromMinutes(1)));

        await new PurgeExpiredDrafts().RunAsync(scope.ServiceProvider, CancellationToken.None);

        Assert.True(await db.Drafts.AnyAsync(d => d.Id == inGrace.DraftId));
        Assert.True(await db.Attachments.AnyAsync(a => a.Id == inGrace.Id));
        Assert.True(await store.ExistsAsync(inGrace.StorageKey, CancellationToken.None));
        Assert.False(await db.Drafts.AnyAsync(d => d.Id == pastGrace.DraftId));
        Assert.False(await db.Attachments.AnyAsync(a => a.Id == pastGrace.Id));
        Assert.False(await store.ExistsAsync(pastGrace.StorageKey, CancellationToken.None));
    }

    private async Task FirstRunFinishedAsync()
    {
        var name = new PurgeExpiredDrafts().Name;
        for (var waited = 0; waited < 600; waited++)
        {
            using var scope = app.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<MadoguchiDb>();
            if (await db.ScheduledJobs.AnyAsync(j => j.Name == name && j.LastFinishedAt != null))
            {
                return;
            }
            await Task.Delay(100);
        }
        Assert.Fail("The node's job runner did not run the purge within a minute of starting.");
    }

    [Fact]
    public async Task The_job_is_registered_and_run_by_the_node_s_runner()
    {
        var job = app.Services.GetServices<IBackgroundJob>().OfType<PurgeExpiredDrafts>().Single();
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MadoguchiDb>();
        // Whatever the hosted runner already did, make the job due and run one poll by hand.
        await scope.ServiceProvider.GetRequiredService<JobLeases>().EnsureAsync(job.Name, CancellationToken.None);
        await db.ScheduledJobs.Where(j => j.Name == job.Name)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.NextRunAt, DateTimeOffset.UtcNow.AddMinutes(-1)).SetProperty(j => j.LeaseExpiresAt, (DateTimeOffset?)null));

        Assert.True(await app.Services.GetRequiredService<JobRunner>().RunIfDueAsync(job, TimeSpan.FromMinutes(5), CancellationToken.None));
        var row = await db.ScheduledJobs.AsNoTracking().SingleAsync(j => j.Name == job.Name);
        Assert.StartsWith("drafts: ", row.LastOutcome, StringComparison.Ordinal);
        Assert.True(row.NextRunAt > DateTimeOffset.UtcNow.AddMinutes(50));
    }

    private async Task<string> StartDraftWithPhotoAsync(string fileName)
    {
        var browser = new ResidentBrowser(app.Browser());
        var url = await browser.StartAsync("doro-tsuho");
        using var first = await browser.PostAsync(url, [new("problemKind", "pothole"), new("action", "next")]);
        var page = first.Headers.Location!.OriginalString;
        using var upload = await browser.PostAsync(page,
            [new("locationDescription", "市役所前"), new("action", "save")], [new UploadFile("photos", fileName, TestFiles.Jpeg)]);
        Assert.True(upload.StatusCode is HttpStatusCode.OK or HttpStatusCode.Redirect, upload.StatusCode.ToString());
        return page;
    }
}
