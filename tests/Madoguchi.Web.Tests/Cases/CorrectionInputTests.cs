using System.Globalization;
using System.Net;

using Madoguchi.Core.Cases.Corrections;
using Madoguchi.Core.Jobs;
using Madoguchi.Core.Submissions;
using Madoguchi.Core.Submissions.Attachments;
using Madoguchi.Web.Tests.Support;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Madoguchi.Web.Tests.Cases;

/// <summary>Wrong, hostile and oversized input to 補正, on both sides, and what the deadline does.</summary>
public sealed class CorrectionInputTests(MadoguchiApp app) : IClassFixture<MadoguchiApp>
{
    private async Task<(Submitted Submitted, ResidentBrowser Clerk)> UnderReviewAsync(string procedure = "sodai-gomi")
    {
        var submitted = await app.SubmitAsync(procedure);
        var clerk = await app.SignedInAsync(procedure == "doro-tsuho" ? "doro-clerk" : "kankyo-clerk");
        await clerk.StartReviewAsync(submitted.Receipt);
        return (submitted, clerk);
    }

    private static string Revision(string html) => Html.Text(html, "name=\"revision\" value=\"", "\"");

    private static string Japan(int days) =>
        JapanDate.Today(TimeProvider.System).AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private Task<int> SetAnswerAsync(string receipt, string key, string value) => app.InDatabaseAsync(async db =>
    {
        var application = await db.Applications.SingleAsync(a => a.ReceiptNumber == receipt);
        var data = application.Data();
        data[key] = value;
        application.DataJson = data.ToJsonString();
        return await db.SaveChangesAsync();
    });

    public static TheoryData<string[], string, string, string> WrongRequests => new()
    {
        { [], "ご確認ください。", "10", "1つ以上選んで" },
        { ["phone", "notAField"], "ご確認ください。", "10", "選べない項目" },
        { ["items[7].quantity"], "ご確認ください。", "10", "選べない項目" },
        { ["phone"], "", "10", "メッセージを入力" },
        { ["phone"], "   \r\n ", "10", "メッセージを入力" },
        { ["phone"], new string('あ', 2001), "10", "2000文字以内" },
        { ["phone"], new string('x', 200_000), "10", "2000文字以内" },
        { ["phone"], "ベル\u0007", "10", "使えません" },
        { ["phone"], "逆\u202Eさま", "10", "使えません" },
        { ["phone"], "ご確認ください。", "0", "1から60まで" },
        { ["phone"], "ご確認ください。", "61", "1から60まで" },
        { ["phone"], "ご確認ください。", "abc", "1から60まで" },
        { ["phone"], "ご確認ください。", "-3", "1から60まで" },
        { ["phone"], "ご確認ください。", "99999999999999999999", "1から60まで" },
        { ["phone"], "ご確認ください。", "", "1から60まで" },
    };

    [Theory]
    [MemberData(nameof(WrongRequests))]
    public async Task A_wrong_request_is_shown_again_with_its_error_and_nothing_changes(string[] fields, string message, string days, string error)
    {
        var (submitted, clerk) = await UnderReviewAsync();

        using var response = await clerk.RequestCorrectionAsync(submitted.Receipt, fields, message, days);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("data-error-summary", html);
        Assert.Contains(error, html);
        Assert.Equal(ApplicationStatus.UnderReview, (await app.ApplicationAsync(submitted.Receipt)).Status);
    }

    [Fact]
    public async Task Full_width_days_are_accepted_and_markup_in_the_message_is_shown_as_text()
    {
        var (submitted, clerk) = await UnderReviewAsync();
        const string hostile = "<script>alert('x')</script><b onmouseover=\"alert(1)\">太字</b>&amp;";

        using var response = await clerk.RequestCorrectionAsync(submitted.Receipt, ["phone"], hostile, "１５");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var resident = app.Resident();
        foreach (var html in new[] { await resident.GetHtmlAsync(submitted.StatusUrl), await clerk.GetHtmlAsync(submitted.CaseUrl) })
        {
            Assert.DoesNotContain("<script>alert", html);
            Assert.DoesNotContain("<b onmouseover", html);
            Assert.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;", html);
            Assert.Contains("&amp;amp;", html);
        }
        var request = await app.InDatabaseAsync(db => db.CorrectionRequests.SingleAsync(
            r => db.Applications.Any(a => a.Id == r.ApplicationId && a.ReceiptNumber == submitted.Receipt)));
        Assert.Equal(15, request.BusinessDays);
        Assert.Equal(hostile, request.Message);
    }

    [Fact]
    public async Task An_answer_no_longer_valid_today_must_be_flagged_too()
    {
        var (submitted, clerk) = await UnderReviewAsync();
        // The collection date was fine when submitted but is now too soon (at least 3 days ahead).
        await SetAnswerAsync(submitted.Receipt, "collectionDate", Japan(1));

        using var phoneOnly = await clerk.RequestCorrectionAsync(submitted.Receipt, ["phone"], "ご確認ください。");
        using var withDate = await clerk.RequestCorrectionAsync(submitted.Receipt, ["phone", "collectionDate"], "収集日を選び直してください。");

        Assert.Equal(HttpStatusCode.BadRequest, phoneOnly.StatusCode);
        Assert.Contains("収集希望日", await phoneOnly.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, withDate.StatusCode);
    }

    [Fact]
    public async Task An_error_in_an_unflagged_answer_is_named_and_cannot_be_sent()
    {
        var (submitted, clerk) = await UnderReviewAsync();
        (await clerk.RequestCorrectionAsync(submitted.Receipt, ["phone"], "ご確認ください。")).Dispose();
        // Days pass; the date answered is now too soon, and it was not flagged.
        await SetAnswerAsync(submitted.Receipt, "collectionDate", Japan(1));
        var resident = app.Resident();

        using var response = await resident.PostAsync(submitted.CorrectionUrl, [new("phone", "090-1111-2222"), new("action", "next")]);
        using var review = await resident.Client.GetAsync(submitted.ReviewUrl);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("data-not-flagged", html);
        Assert.Contains("収集希望日", html);
        Assert.Contains("メッセージ", html);
        Assert.Equal(HttpStatusCode.Redirect, review.StatusCode);
        Assert.Contains("check=true", review.Headers.Location!.OriginalString);
        Assert.Equal(ApplicationStatus.CorrectionRequested, (await app.ApplicationAsync(submitted.Receipt)).Status);
    }

    [Theory]
    [InlineData("電話", "電話番号の形式が正しくありません")]
    [InlineData("<script>alert(1)</script>", "電話番号の形式が正しくありません")]
    [InlineData("", "日中に連絡のとれる電話番号を入力してください")]
    public async Task A_wrong_corrected_answer_is_shown_at_its_field_and_the_typing_is_kept(string phone, string error)
    {
        var (submitted, clerk) = await UnderReviewAsync();
        (await clerk.RequestCorrectionAsync(submitted.Receipt, ["phone"], "ご確認ください。")).Dispose();
        var resident = app.Resident();

        using var response = await resident.PostAsync(submitted.CorrectionUrl, [new("phone", phone), new("action", "next")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("data-error-summary", html);
        Assert.Contains("href=\"#f-phone\"", html);
        Assert.Contains(error, html);
        Assert.DoesNotContain("<script>alert(1)</script>", html);
        // What was typed is kept for the next visit, not sent.
        var again = await resident.GetHtmlAsync(submitted.CorrectionUrl);
        Assert.Contains($"value=\"{WebUtility.HtmlEncode(phone).Replace("&#39;", "&#x27;", StringComparison.Ordinal)}\"", again);
        Assert.Equal("0744-22-4001", (await app.ApplicationAsync(submitted.Receipt)).Data()["phone"]!.ToString());
    }

    [Fact]
    public async Task An_oversized_corrected_answer_is_refused_with_a_message()
    {
        var (submitted, clerk) = await UnderReviewAsync();
        (await clerk.RequestCorrectionAsync(submitted.Receipt, ["placementNote"], "目印を書いてください。")).Dispose();
        var resident = app.Resident();

        using var response = await resident.PostAsync(submitted.CorrectionUrl, [new("placementNote", new string('ア', 100_000)), new("action", "next")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("href=\"#f-placementNote\"", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_late_resubmission_is_accepted_and_marked_late_for_the_clerk()
    {
        var (submitted, clerk) = await UnderReviewAsync();
        (await clerk.RequestCorrectionAsync(submitted.Receipt, ["phone"], "ご確認ください。")).Dispose();
        var yesterday = JapanDate.Today(TimeProvider.System).AddDays(-1);
        await app.InDatabaseAsync(db => db.CorrectionRequests
            .Where(r => db.Applications.Any(a => a.Id == r.ApplicationId && a.ReceiptNumber == submitted.Receipt))
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.DeadlineOn, yesterday)));
        var resident = app.Resident();

        Assert.Contains("data-late", await resident.GetHtmlAsync(submitted.StatusUrl));
        (await resident.PostAsync(submitted.CorrectionUrl, [new("phone", "090-1111-2222"), new("action", "next")])).Dispose();
        var review = await resident.GetHtmlAsync(submitted.ReviewUrl);
        Assert.Contains("data-late", review);
        using var sent = await resident.PostAsync(submitted.ReviewUrl, [new("revision", Revision(review))]);

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var application = await app.ApplicationAsync(submitted.Receipt);
        Assert.Equal(ApplicationStatus.UnderReview, application.Status);
        var request = await app.InDatabaseAsync(db => db.CorrectionRequests.SingleAsync(r => r.ApplicationId == application.Id));
        Assert.True(request.AnsweredLate);
        Assert.True(await app.InDatabaseAsync(db => db.AnswerRevisions.Where(r => r.ApplicationId == application.Id && r.Number == 2).Select(r => r.Late).SingleAsync()));
        var line = await app.InDatabaseAsync(db => db.CaseHistory.Where(h => h.ApplicationId == application.Id).OrderBy(h => h.Id).LastAsync());
        Assert.Contains("期限後", line.Comment);
        var casePage = await clerk.GetHtmlAsync(submitted.CaseUrl);
        Assert.Contains("期限後の提出", casePage);
        Assert.Contains("data-state=\"Answered\"", casePage);
    }

    [Fact]
    public async Task The_resident_pages_need_the_access_token()
    {
        var (submitted, clerk) = await UnderReviewAsync();
        (await clerk.RequestCorrectionAsync(submitted.Receipt, ["phone"], "ご確認ください。")).Dispose();
        var stranger = app.Resident();
        var page = await stranger.GetHtmlAsync("/status");
        var token = Html.AntiforgeryToken(page);

        foreach (var url in new[] { submitted.CorrectionUrl, submitted.ReviewUrl, submitted.MessagesUrl })
        {
            foreach (var wrong in new[] { url.Replace(submitted.Token, "wrong-token", StringComparison.Ordinal), url[..url.IndexOf('?', StringComparison.Ordinal)],
                         url.Replace(submitted.Token, submitted.Code, StringComparison.Ordinal) })
            {
                using var get = await stranger.Client.GetAsync(wrong);
                using var post = await stranger.Client.PostAsync(wrong, new FormUrlEncodedContent(
                    [new("phone", "000"), new("body", "こんにちは"), new("revision", "0"), new("action", "next"), new("__RequestVerificationToken", token)]));
                Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
                Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
            }
        }
        var application = await app.ApplicationAsync(submitted.Receipt);
        Assert.Equal("0744-22-4001", application.Data()["phone"]!.ToString());
        Assert.False(await app.InDatabaseAsync(db => db.CaseMessages.AnyAsync(m => m.ApplicationId == application.Id)));
    }

    [Fact]
    public async Task A_flagged_file_answer_takes_new_files_that_join_the_application_on_resubmission()
    {
        var (submitted, clerk) = await UnderReviewAsync("doro-tsuho");
        (await clerk.RequestCorrectionAsync(submitted.Receipt, ["photos"], "穴の写真を添付してください。")).Dispose();
        var resident = app.Resident();

        using var wrongKind = await resident.PostAsync(submitted.CorrectionUrl, [new("action", "save")],
            [new UploadFile("photos", "page.jpg", TestFiles.HtmlPretendingToBeJpeg)]);
        Assert.Equal(HttpStatusCode.OK, wrongKind.StatusCode);
        Assert.Contains("写真には JPEG、PNG のファイルを選んでください", await wrongKind.Content.ReadAsStringAsync());
        using var first = await resident.PostAsync(submitted.CorrectionUrl, [new("action", "save")],
            [new UploadFile("photos", "first.jpg", TestFiles.Jpeg)]);
        var firstId = await PendingFileAsync(submitted.Receipt);
        using var removed = await resident.PostAsync(submitted.CorrectionUrl, [new("action", $"removefile:photos:{firstId}")],
            [new UploadFile("photos", "pothole.png", TestFiles.Png)]);
        using var next = await resident.PostAsync(submitted.CorrectionUrl, [new("action", "next")]);
        Assert.Equal(HttpStatusCode.Redirect, next.StatusCode);
        var review = await resident.GetHtmlAsync(submitted.ReviewUrl);
        Assert.Contains("pothole.png", review);
        Assert.DoesNotContain("first.jpg", review);
        using var sent = await resident.PostAsync(submitted.ReviewUrl, [new("revision", Revision(review))]);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);

        var application = await app.ApplicationAsync(submitted.Receipt);
        var files = await app.InDatabaseAsync(db => db.Attachments.Where(a => a.ApplicationId == application.Id).ToListAsync());
        var photo = Assert.Single(files);
        Assert.Equal("pothole.png", photo.FileName);
        Assert.Equal(photo.Id, application.Data()["photos"]![0]!.ToString());
        Assert.Contains("pothole.png", await clerk.GetHtmlAsync(submitted.CaseUrl));

        // The photo sent and then removed again is not kept: the purge job deletes its row and its bytes.
        using var scope = app.Services.CreateScope();
        var store = scope.ServiceProvider.GetRequiredService<FileStore>();
        var removedFile = await app.InDatabaseAsync(db => db.Attachments.SingleAsync(a => a.Id == firstId));
        Assert.True(await store.ExistsAsync(removedFile.StorageKey, CancellationToken.None));
        var job = app.Services.GetServices<IBackgroundJob>().OfType<PurgeUnusedCorrectionFiles>().Single();
        Assert.Matches("files: [1-9][0-9]*", await job.RunAsync(scope.ServiceProvider, CancellationToken.None));
        Assert.False(await app.InDatabaseAsync(db => db.Attachments.AnyAsync(a => a.Id == firstId)));
        Assert.False(await store.ExistsAsync(removedFile.StorageKey, CancellationToken.None));
        Assert.True(await store.ExistsAsync(photo.StorageKey, CancellationToken.None));
    }

    [Fact]
    public async Task Files_sent_for_a_request_that_is_cancelled_are_purged_but_not_while_it_is_open()
    {
        var (submitted, clerk) = await UnderReviewAsync("doro-tsuho");
        (await clerk.RequestCorrectionAsync(submitted.Receipt, ["photos"], "写真を添付してください。")).Dispose();
        var resident = app.Resident();
        (await resident.PostAsync(submitted.CorrectionUrl, [new("action", "save")], [new UploadFile("photos", "id-card.jpg", TestFiles.Jpeg)])).Dispose();
        var fileId = await PendingFileAsync(submitted.Receipt);
        using var scope = app.Services.CreateScope();
        var job = app.Services.GetServices<IBackgroundJob>().OfType<PurgeUnusedCorrectionFiles>().Single();

        await job.RunAsync(scope.ServiceProvider, CancellationToken.None);
        Assert.True(await app.InDatabaseAsync(db => db.Attachments.AnyAsync(a => a.Id == fileId)));

        var casePage = await clerk.GetHtmlAsync(submitted.CaseUrl);
        (await clerk.PostAsync($"/staff/applications/{submitted.Receipt}/correction/cancel", [new("body", ""), new("revision", Revision(casePage))])).Dispose();
        await job.RunAsync(scope.ServiceProvider, CancellationToken.None);
        Assert.False(await app.InDatabaseAsync(db => db.Attachments.AnyAsync(a => a.Id == fileId)));
    }

    private Task<string> PendingFileAsync(string receipt) => app.InDatabaseAsync(async db =>
    {
        var pending = await db.CorrectionRequests
            .Where(r => r.State == CorrectionState.Open && db.Applications.Any(a => a.Id == r.ApplicationId && a.ReceiptNumber == receipt))
            .Select(r => r.PendingAnswersJson).SingleAsync();
        return System.Text.Json.Nodes.JsonNode.Parse(pending!)!["photos"]![0]!.ToString();
    });
}
