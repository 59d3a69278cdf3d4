using System.Net;
using System.Text.Json.Nodes;

using Madoguchi.Core.Data;
using Madoguchi.Core.Procedures;
using Madoguchi.Core.Submissions;
using Madoguchi.Core.Submissions.Attachments;
using Madoguchi.Core.Submissions.Drafts;
using Madoguchi.Core.Submissions.Submit;
using Madoguchi.Web.Tests.Support;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Madoguchi.Web.Tests.Submissions;

/// <summary>
/// Group commit: submissions that share one transaction must each get exactly the answer they
/// would get alone. The batch step is driven directly so the test decides what shares a batch.
/// </summary>
public sealed class SubmissionWriterTests(MadoguchiApp app) : IClassFixture<MadoguchiApp>
{
    [Fact]
    public async Task Two_claims_by_the_same_person_in_one_batch_make_one_application()
    {
        var first = await PrepareAsync("jido-teate", DemoAnswers.For("jido-teate", "batch-block"));
        var again = DemoAnswers.For("jido-teate", "batch-block");
        again["applicantPhone"] = "090-9999-0000";
        var second = await PrepareAsync("jido-teate", again);
        var other = await PrepareAsync("jido-teate", DemoAnswers.For("jido-teate", "batch-other"));

        var outcomes = await WriteTogetherAsync(first, second, other);

        var accepted = Assert.IsType<SubmitOutcome.Accepted>(outcomes[0]);
        Assert.Equal(accepted.Application.ReceiptNumber, Assert.IsType<SubmitOutcome.DuplicateBlocked>(outcomes[1]).EarlierReceiptNumber);
        Assert.IsType<SubmitOutcome.Accepted>(outcomes[2]);
        Assert.True(await StoredAsync(first));
        Assert.False(await StoredAsync(second));
        Assert.True(await StoredAsync(other));
    }

    [Fact]
    public async Task A_claim_in_a_batch_is_blocked_by_one_stored_before()
    {
        using var stored = await app.CreateClient().SubmitAsync("jido-teate", DemoAnswers.For("jido-teate", "batch-stored"), Guid.NewGuid().ToString());
        var receipt = (await stored.JsonAsync())["receiptNumber"]!.ToString();
        var first = await PrepareAsync("jido-teate", DemoAnswers.For("jido-teate", "batch-stored"));
        var second = await PrepareAsync("jido-teate", DemoAnswers.For("jido-teate", "batch-stored"));

        var outcomes = await WriteTogetherAsync(first, second);

        Assert.All(outcomes, o => Assert.Equal(receipt, Assert.IsType<SubmitOutcome.DuplicateBlocked>(o).EarlierReceiptNumber));
    }

    [Fact]
    public async Task Under_a_flag_policy_the_second_claim_in_a_batch_is_flagged_with_the_first_receipt()
    {
        var first = await PrepareAsync("sodai-gomi", DemoAnswers.For("sodai-gomi", "batch-flag"));
        var second = await PrepareAsync("sodai-gomi", DemoAnswers.For("sodai-gomi", "batch-flag"));

        var outcomes = await WriteTogetherAsync(first, second);

        var a = Assert.IsType<SubmitOutcome.Accepted>(outcomes[0]).Application;
        var b = Assert.IsType<SubmitOutcome.Accepted>(outcomes[1]).Application;
        Assert.Null(a.PossibleDuplicateOf);
        Assert.Equal(a.ReceiptNumber, b.PossibleDuplicateOf);
        Assert.True(await StoredAsync(first));
        Assert.True(await StoredAsync(second));
    }

    [Fact]
    public async Task Retries_with_one_key_in_one_batch_get_the_first_receipt_and_other_data_is_refused()
    {
        var key = Guid.NewGuid().ToString();
        var data = DemoAnswers.For("doro-tsuho");
        var changed = DemoAnswers.For("doro-tsuho");
        changed["details"] = "別の内容";
        var first = await PrepareAsync("doro-tsuho", data, key);
        var retry = await PrepareAsync("doro-tsuho", data, key);
        var misuse = await PrepareAsync("doro-tsuho", changed, key);

        var outcomes = await WriteTogetherAsync(first, retry, misuse);

        var receipt = Assert.IsType<SubmitOutcome.Accepted>(outcomes[0]).Application.ReceiptNumber;
        var replay = Assert.IsType<SubmitOutcome.Accepted>(outcomes[1]);
        Assert.True(replay.Replayed);
        Assert.Equal(receipt, replay.Application.ReceiptNumber);
        Assert.Equal(receipt, Assert.IsType<SubmitOutcome.KeyReusedWithOtherData>(outcomes[2]).ReceiptNumber);
        Assert.Equal(1, await CountWithKeyAsync(key));
    }

    [Fact]
    public async Task Retries_of_stored_applications_in_a_batch_are_replayed_and_their_batch_mates_stored_once()
    {
        // The batch inserts first and reads keys back only when a key turns out to be stored already.
        var key = Guid.NewGuid().ToString();
        var data = DemoAnswers.For("doro-tsuho");
        using var stored = await app.CreateClient().SubmitAsync("doro-tsuho", data, key);
        var receipt = (await stored.JsonAsync())["receiptNumber"]!.ToString();
        var changed = DemoAnswers.For("doro-tsuho");
        changed["details"] = "別の内容";
        var before = await PrepareAsync("doro-tsuho", DemoAnswers.For("doro-tsuho"));
        var retry = await PrepareAsync("doro-tsuho", data, key);
        var misuse = await PrepareAsync("doro-tsuho", changed, key);
        var after = await PrepareAsync("doro-tsuho", DemoAnswers.For("doro-tsuho"));

        var outcomes = await WriteTogetherAsync(before, retry, misuse, after);

        Assert.IsType<SubmitOutcome.Accepted>(outcomes[0]);
        var replay = Assert.IsType<SubmitOutcome.Accepted>(outcomes[1]);
        Assert.True(replay.Replayed);
        Assert.Equal(receipt, replay.Application.ReceiptNumber);
        Assert.Equal(receipt, Assert.IsType<SubmitOutcome.KeyReusedWithOtherData>(outcomes[2]).ReceiptNumber);
        Assert.IsType<SubmitOutcome.Accepted>(outcomes[3]);
        Assert.Equal(1, await CountWithKeyAsync(key));
        Assert.True(await StoredAsync(before));
        Assert.True(await StoredAsync(after));
        Assert.False(await StoredAsync(retry));
    }

    [Fact]
    public async Task A_replayed_retry_is_not_named_as_the_earlier_application_of_a_new_claim_in_its_batch()
    {
        // The stored application was withdrawn, so it no longer counts as an earlier claim; its
        // retry is still answered with it. Only the first, optimistic pass would take the retry
        // for a new application and flag the new claim with a receipt that is never stored.
        var key = Guid.NewGuid().ToString();
        var data = DemoAnswers.For("sodai-gomi", "batch-replay-flag");
        using var stored = await app.CreateClient().SubmitAsync("sodai-gomi", data, key);
        var receipt = (await stored.JsonAsync())["receiptNumber"]!.ToString();
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MadoguchiDb>();
            await db.Applications.Where(a => a.ReceiptNumber == receipt)
                .ExecuteUpdateAsync(a => a.SetProperty(x => x.Status, ApplicationStatus.Withdrawn));
        }
        var retry = await PrepareAsync("sodai-gomi", data, key);
        var newClaim = await PrepareAsync("sodai-gomi", DemoAnswers.For("sodai-gomi", "batch-replay-flag"));

        var outcomes = await WriteTogetherAsync(retry, newClaim);

        var replay = Assert.IsType<SubmitOutcome.Accepted>(outcomes[0]);
        Assert.True(replay.Replayed);
        Assert.Equal(receipt, replay.Application.ReceiptNumber);
        Assert.Null(Assert.IsType<SubmitOutcome.Accepted>(outcomes[1]).Application.PossibleDuplicateOf);
        using var check = app.Services.CreateScope();
        var storedClaim = await check.ServiceProvider.GetRequiredService<MadoguchiDb>().Applications
            .SingleAsync(a => a.Id == newClaim.Application.Id);
        Assert.Null(storedClaim.PossibleDuplicateOf);
    }

    [Fact]
    public async Task A_failing_item_does_not_fail_its_batch_mates()
    {
        using var stored = await app.CreateClient().SubmitAsync("doro-tsuho", DemoAnswers.For("doro-tsuho"), Guid.NewGuid().ToString());
        var takenReceipt = (await stored.JsonAsync())["receiptNumber"]!.ToString();
        var before = await PrepareAsync("doro-tsuho", DemoAnswers.For("doro-tsuho"));
        var collides = await PrepareAsync("doro-tsuho", DemoAnswers.For("doro-tsuho"));
        using (var scope = app.Services.CreateScope())
        {
            // The number of an application stored before (one filled in at an upgrade can meet a new one):
            // the unique index refuses the whole transaction.
            collides.Application.ReceiptSequence = await scope.ServiceProvider.GetRequiredService<MadoguchiDb>().Applications
                .Where(a => a.ReceiptNumber == takenReceipt).Select(a => a.ReceiptSequence).SingleAsync();
            collides.Application.ReceiptNumber = takenReceipt;
        }
        var noDraft = await PrepareAsync("doro-tsuho", DemoAnswers.For("doro-tsuho"), draftId: Guid.NewGuid()); // no such draft
        var after = await PrepareAsync("doro-tsuho", DemoAnswers.For("doro-tsuho"));

        await app.Services.GetRequiredService<SubmissionWriter>().WriteAsync([before, collides, noDraft, after]);

        Assert.IsType<SubmitOutcome.Accepted>(await before.Outcome);
        Assert.IsType<SubmitOutcome.Accepted>(await after.Outcome);
        var renumbered = Assert.IsType<SubmitOutcome.Accepted>(await collides.Outcome).Application;
        Assert.NotEqual(takenReceipt, renumbered.ReceiptNumber);
        Assert.IsType<SubmitOutcome.DraftExpired>(await noDraft.Outcome);
        Assert.True(await StoredAsync(before));
        Assert.True(await StoredAsync(collides));
        Assert.True(await StoredAsync(after));
        Assert.False(await StoredAsync(noDraft));
    }

    [Fact]
    public async Task A_draft_purged_before_its_batch_is_refused_as_expired_and_its_batch_mates_are_stored()
    {
        var (draftId, photo, answers) = await DraftWithPhotoAsync();
        var before = await PrepareAsync("doro-tsuho", DemoAnswers.For("doro-tsuho"));
        var expired = await PrepareAsync("doro-tsuho", answers, draftId: draftId);
        var after = await PrepareAsync("doro-tsuho", DemoAnswers.For("doro-tsuho"));
        // Checked by the page while still valid, the draft expires and the hourly purge removes it
        // before the writer comes to link it.
        await SetExpiryAsync(draftId, DateTimeOffset.UtcNow.AddDays(-1));
        using (var scope = app.Services.CreateScope())
        {
            await new PurgeExpiredDrafts().RunAsync(scope.ServiceProvider, CancellationToken.None);
        }
        Assert.False(await AttachmentStoredAsync(photo.Id));

        var outcomes = await WriteTogetherAsync(before, expired, after);

        Assert.IsType<SubmitOutcome.Accepted>(outcomes[0]);
        Assert.IsType<SubmitOutcome.DraftExpired>(outcomes[1]);
        Assert.IsType<SubmitOutcome.Accepted>(outcomes[2]);
        Assert.True(await StoredAsync(before));
        Assert.False(await StoredAsync(expired));
        Assert.True(await StoredAsync(after));
    }

    [Fact]
    public async Task A_draft_whose_purge_has_begun_is_refused_while_its_row_is_still_there()
    {
        // The purge deletes a draft's files first and its rows after; here it has done only the files.
        var (draftId, photo, answers) = await DraftWithPhotoAsync();
        var item = await PrepareAsync("doro-tsuho", answers, draftId: draftId);
        await SetExpiryAsync(draftId, DateTimeOffset.UtcNow.AddDays(-1));
        using (var scope = app.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<FileStore>().DeleteAsync(photo.StorageKey, CancellationToken.None);
        }

        var outcomes = await WriteTogetherAsync(item);

        Assert.IsType<SubmitOutcome.DraftExpired>(outcomes[0]);
        Assert.False(await StoredAsync(item));
    }

    [Fact]
    public async Task A_draft_that_expired_a_moment_before_its_batch_is_still_linked_with_its_files()
    {
        // The page let it through just before its expiry; the purge leaves it alone for a while longer.
        var (draftId, photo, answers) = await DraftWithPhotoAsync();
        var item = await PrepareAsync("doro-tsuho", answers, draftId: draftId);
        await SetExpiryAsync(draftId, DateTimeOffset.UtcNow.AddMinutes(-1));

        var outcomes = await WriteTogetherAsync(item);

        var application = Assert.IsType<SubmitOutcome.Accepted>(outcomes[0]).Application;
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MadoguchiDb>();
        Assert.Equal(application.Id, (await db.Attachments.AsNoTracking().SingleAsync(a => a.Id == photo.Id)).ApplicationId);
        Assert.Equal(application.Id, (await db.Drafts.AsNoTracking().SingleAsync(d => d.Id == draftId)).ApplicationId);
    }

    [Fact]
    public async Task A_request_that_gave_up_before_its_batch_is_not_stored()
    {
        var writer = app.Services.GetRequiredService<SubmissionWriter>();
        using var gaveUp = new CancellationTokenSource();
        await gaveUp.CancelAsync();
        var abandoned = await PrepareAsync("doro-tsuho", DemoAnswers.For("doro-tsuho"), ct: gaveUp.Token);
        var next = await PrepareAsync("doro-tsuho", DemoAnswers.For("doro-tsuho"));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => writer.WriteAsync(abandoned, gaveUp.Token));
        // The queue is first in, first out: once the next one is answered, the abandoned one was dealt with.
        Assert.IsType<SubmitOutcome.Accepted>(await writer.WriteAsync(next, CancellationToken.None));

        Assert.True(abandoned.Outcome.IsCanceled);
        Assert.False(await StoredAsync(abandoned));
    }

    [Fact]
    public async Task Requests_cancelled_while_waiting_are_stored_whole_or_not_at_all()
    {
        var client = app.CreateClient();
        var data = DemoAnswers.For("doro-tsuho");
        var keys = Enumerable.Range(0, 40).Select(_ => Guid.NewGuid().ToString()).ToList();
        var sent = keys.Select(async (key, i) =>
        {
            using var giveUp = new CancellationTokenSource();
            giveUp.CancelAfter(TimeSpan.FromMilliseconds(i % 8)); // some before sending, some while waiting for the disk
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/procedures/doro-tsuho/applications")
                {
                    Content = new StringContent(new JsonObject { ["data"] = data.DeepClone() }.ToJsonString(), System.Text.Encoding.UTF8, "application/json"),
                };
                request.Headers.Add("Idempotency-Key", key);
                using var response = await client.SendAsync(request, giveUp.Token);
            }
            catch (OperationCanceledException)
            {
                // The client stopped waiting; what happened to its application is checked below.
            }
        });
        await Task.WhenAll(sent);
        using (var drain = await client.SubmitAsync("doro-tsuho", data, Guid.NewGuid().ToString()))
        {
            Assert.Equal(HttpStatusCode.Created, drain.StatusCode);
        }

        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MadoguchiDb>();
        var rows = await db.Applications.AsNoTracking().Where(a => keys.Contains(a.IdempotencyKey!)).ToListAsync();
        Assert.Equal(rows.Count, rows.Select(r => r.IdempotencyKey).Distinct().Count());
        Assert.All(rows, r => Assert.Equal(data["details"]!.ToString(), JsonNode.Parse(r.DataJson)!["details"]!.ToString()));
        // Sent again, a stored one is found by its key and replayed; the others are accepted now.
        foreach (var key in keys)
        {
            using var again = await client.SubmitAsync("doro-tsuho", data, key);
            Assert.Equal(HttpStatusCode.Created, again.StatusCode);
            var storedBefore = rows.SingleOrDefault(r => r.IdempotencyKey == key);
            Assert.Equal(storedBefore is not null, again.Headers.Contains("Idempotent-Replayed"));
            if (storedBefore is not null)
            {
                Assert.Equal(storedBefore.ReceiptNumber, (await again.JsonAsync())["receiptNumber"]!.ToString());
            }
        }
        Assert.Equal(keys.Count, await db.Applications.CountAsync(a => keys.Contains(a.IdempotencyKey!)));
    }

    [Fact]
    public async Task A_full_queue_refuses_at_once_with_503_and_retry_after_and_stores_nothing()
    {
        using var noRoom = app.WithWebHostBuilder(b => b.UseSetting("Intake:WriterQueueLength", "0"));
        var key = Guid.NewGuid().ToString();

        using var response = await noRoom.CreateClient().SubmitAsync("doro-tsuho", DemoAnswers.For("doro-tsuho"), key);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(1), response.Headers.RetryAfter?.Delta);
        Assert.Contains("Idempotency-Key", (await response.JsonAsync())["detail"]!.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, await CountWithKeyAsync(key));
    }

    [Fact]
    public async Task Stopping_writes_everything_already_queued_and_then_refuses_as_busy()
    {
        // A node of its own: its writer is stopped here, the fixture's keeps running.
        using var node = app.WithWebHostBuilder(_ => { });
        var writer = node.Services.GetRequiredService<SubmissionWriter>();
        var queued = new List<PendingSubmission>();
        for (var i = 0; i < 50; i++)
        {
            queued.Add(await PrepareAsync("doro-tsuho", DemoAnswers.For("doro-tsuho")));
        }

        var answers = queued.Select(item => writer.WriteAsync(item, CancellationToken.None)).ToList();
        await writer.DisposeAsync();

        Assert.All(await Task.WhenAll(answers), outcome => Assert.IsType<SubmitOutcome.Accepted>(outcome));
        foreach (var item in queued)
        {
            Assert.True(await StoredAsync(item));
        }
        var late = await PrepareAsync("doro-tsuho", DemoAnswers.For("doro-tsuho"));
        Assert.IsType<SubmitOutcome.Busy>(await writer.WriteAsync(late, CancellationToken.None));
        Assert.False(await StoredAsync(late));
    }

    private async Task<PendingSubmission> PrepareAsync(
        string procedure, JsonObject data, string? key = null, Guid? draftId = null, CancellationToken ct = default)
    {
        using var scope = app.Services.CreateScope();
        var submit = scope.ServiceProvider.GetRequiredService<SubmitApplication>();
        var (pending, refused) = await submit.PrepareAsync(
            new SubmitCommand(procedure, data, key ?? Guid.NewGuid().ToString(), SubmissionChannel.Api, draftId), ct);
        return pending ?? throw new InvalidOperationException($"Not valid: {refused}");
    }

    /// <summary>A 道路通報 draft with one photo uploaded, and answers that use the photo.</summary>
    private async Task<(Guid DraftId, Attachment Photo, JsonObject Answers)> DraftWithPhotoAsync()
    {
        using var scope = app.Services.CreateScope();
        var services = scope.ServiceProvider;
        var published = await services.GetRequiredService<PublishedForms>().FindAsync("doro-tsuho")
            ?? throw new InvalidOperationException("doro-tsuho is not published.");
        var (draft, _) = await services.GetRequiredService<DraftStore>().StartAsync(published);
        var field = published.Form.Definition.Pages.SelectMany(p => p.Components).Single(c => c.Key == "photos");
        using var image = new MemoryStream(TestFiles.Jpeg);
        var stored = Assert.IsType<UploadOutcome.Stored>(
            await services.GetRequiredService<UploadAttachment>().HandleAsync(draft, field, 0, "photo.jpg", image, CancellationToken.None));
        var answers = DemoAnswers.For("doro-tsuho");
        answers["photos"] = new JsonArray(stored.Attachment.Id);
        return (draft.Id, stored.Attachment, answers);
    }

    private async Task SetExpiryAsync(Guid draftId, DateTimeOffset expiresAt)
    {
        using var scope = app.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<MadoguchiDb>().Drafts.Where(d => d.Id == draftId)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.ExpiresAt, expiresAt));
    }

    private async Task<bool> AttachmentStoredAsync(string id)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<MadoguchiDb>().Attachments.AnyAsync(a => a.Id == id);
    }

    private async Task<IReadOnlyList<SubmitOutcome>> WriteTogetherAsync(params PendingSubmission[] items)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<SubmissionBatch>().WriteAsync(items);
    }

    private async Task<bool> StoredAsync(PendingSubmission item)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MadoguchiDb>();
        return await db.Applications.AnyAsync(a => a.Id == item.Application.Id);
    }

    private async Task<int> CountWithKeyAsync(string key)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<MadoguchiDb>().Applications.CountAsync(a => a.IdempotencyKey == key);
    }
}
