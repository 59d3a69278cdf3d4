using System.Net;
using System.Text.Json.Nodes;

using Madoguchi.Core.Cases.Corrections;
using Madoguchi.Core.Cases.Lifecycle;
using Madoguchi.Core.Submissions;
using Madoguchi.Japanese.Calendar;
using Madoguchi.Web.Tests.Support;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Madoguchi.Web.Tests.Cases;

/// <summary>補正 from the clerk's request to the resident's resubmission and the clerk's view of the differences.</summary>
public sealed class CorrectionTests(MadoguchiApp app) : IClassFixture<MadoguchiApp>
{
    private const string Phone = "日中に連絡のとれる電話番号";

    private async Task<(Submitted Submitted, ResidentBrowser Clerk)> UnderReviewAsync(string procedure = "sodai-gomi", JsonObject? answers = null)
    {
        var submitted = await app.SubmitAsync(procedure, answers);
        var clerk = await app.SignedInAsync(procedure == "doro-tsuho" ? "doro-clerk" : "kankyo-clerk");
        await clerk.StartReviewAsync(submitted.Receipt);
        return (submitted, clerk);
    }

    private static string Location(HttpResponseMessage response) => response.Headers.Location!.OriginalString;

    private static string Revision(string html) => Html.Text(html, "name=\"revision\" value=\"", "\"");

    private static async Task<HttpResponseMessage> ResubmitAsync(ResidentBrowser resident, Submitted submitted)
    {
        var review = await resident.GetHtmlAsync(submitted.ReviewUrl);
        return await resident.PostAsync(submitted.ReviewUrl, [new("revision", Revision(review))]);
    }

    [Fact]
    public async Task A_corrected_name_is_found_in_the_inbox_by_its_new_parts_and_no_longer_by_the_old()
    {
        var (submitted, clerk) = await UnderReviewAsync(answers: DemoAnswers.For("sodai-gomi", "訂正前"));
        using var requested = await clerk.RequestCorrectionAsync(submitted.Receipt, ["applicantName"], "お名前の漢字をご確認ください。");
        Assert.Equal(HttpStatusCode.Redirect, requested.StatusCode);

        var resident = app.Resident();
        using var edited = await resident.PostAsync(submitted.CorrectionUrl,
        [
            new("applicantName.family", "訂正後"), new("applicantName.given", "太郎"),
            new("applicantName.familyKana", "ていせいご"), new("applicantName.givenKana", "たろう"), new("action", "next"),
        ]);
        Assert.True(edited.StatusCode == HttpStatusCode.Redirect, CasePage.ErrorSummary(await edited.Content.ReadAsStringAsync()));
        using var sent = await ResubmitAsync(resident, submitted);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);

        async Task<bool> FoundAsync(string name) =>
            (await clerk.GetHtmlAsync("/staff?name=" + Uri.EscapeDataString(name))).Contains($"data-receipt=\"{submitted.Receipt}\"", StringComparison.Ordinal);
        Assert.True(await FoundAsync("訂正後"));
        Assert.True(await FoundAsync("テイセイゴ タロウ"));
        Assert.False(await FoundAsync("訂正前"));
        Assert.False(await FoundAsync("訂正前太郎"));
    }

    [Fact]
    public async Task A_correction_round_trip_changes_only_the_flagged_answers_and_shows_the_clerk_what_changed()
    {
        var (submitted, clerk) = await UnderReviewAsync();

        using var requested = await clerk.RequestCorrectionAsync(submitted.Receipt, ["phone", "items[1].quantity"],
            "お電話がつながりませんでした。電話番号と、ソファーの数をご確認ください。");
        Assert.Equal(HttpStatusCode.Redirect, requested.StatusCode);
        Assert.Equal($"/staff/applications/{submitted.Receipt}#correction", Location(requested));
        var casePage = await clerk.GetHtmlAsync(submitted.CaseUrl);
        Assert.Contains("data-status=\"CorrectionRequested\"", casePage);
        Assert.Contains("data-open-correction", casePage);

        var resident = app.Resident();
        var status = await resident.GetHtmlAsync(submitted.StatusUrl);
        var calendar = app.Services.GetRequiredService<BusinessCalendar>();
        var deadline = calendar.AddBusinessDays(JapanDate.Today(TimeProvider.System), 10);
        Assert.Contains("お電話がつながりませんでした。", status);
        Assert.Contains($"data-deadline=\"{deadline:yyyy-MM-dd}\"", status);
        Assert.Contains($"{deadline.Year}年{deadline.Month}月{deadline.Day}日", status);
        Assert.Contains("品目 2件目 数量", status);
        Assert.Contains(Phone, status);

        var form = await resident.GetHtmlAsync(submitted.CorrectionUrl);
        Assert.Contains("name=\"phone\"", form);
        Assert.Contains("name=\"items[1].quantity\"", form);
        Assert.DoesNotContain("name=\"email\"", form);
        Assert.DoesNotContain("name=\"items[0].quantity\"", form);

        using var edited = await resident.PostAsync(submitted.CorrectionUrl,
        [
            new("phone", "0744-22-9999"), new("items[1].quantity", "２"),
            // Answers that were not flagged, posted anyway by a crafted request, change nothing.
            new("email", "evil@example.jp"), new("items[0].quantity", "5"), new("applicantName.family", "悪意"),
            new("items.count", "1"), new("consentPlacement", ""), new("action", "next"),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        Assert.Equal(submitted.ReviewUrl, Location(edited));

        var review = await resident.GetHtmlAsync(submitted.ReviewUrl);
        Assert.Contains("0744-22-4001", review);
        Assert.Contains("0744-22-9999", review);
        Assert.Contains("2,000円", review);
        Assert.Contains("3,200円", review);
        Assert.DoesNotContain("evil@example.jp", review);

        using var sent = await resident.PostAsync(submitted.ReviewUrl, [new("revision", Revision(review))]);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var after = await resident.GetHtmlAsync(Location(sent));
        Assert.Contains("data-corrected", after);
        Assert.Contains("data-status=\"UnderReview\"", after);
        Assert.DoesNotContain("data-correction-request", after);

        var application = await app.ApplicationAsync(submitted.Receipt);
        var data = application.Data();
        Assert.Equal(ApplicationStatus.UnderReview, application.Status);
        Assert.Equal("0744-22-9999", data["phone"]!.ToString());
        Assert.Equal("suzuki@example.jp", data["email"]!.ToString());
        Assert.Equal("鈴木", data["applicantName"]!["family"]!.ToString());
        Assert.Equal(2, data["items"]!.AsArray().Count);
        Assert.Equal("2", data["items"]![0]!["quantity"]!.ToString());
        Assert.Equal("2", data["items"]![1]!["quantity"]!.ToString());
        Assert.Equal(3200, application.FeeYen);
        Assert.Equal("true", data["consentPlacement"]!.ToString(), ignoreCase: true);

        var revisions = await app.InDatabaseAsync(db => db.AnswerRevisions.Where(r => r.ApplicationId == application.Id).OrderBy(r => r.Number).ToListAsync());
        Assert.Equal([1, 2], revisions.Select(r => r.Number));
        Assert.Contains("0744-22-4001", revisions[0].DataJson);
        Assert.Equal(2000, revisions[0].FeeYen);
        Assert.Equal(application.DataJson, revisions[1].DataJson);

        var history = await app.InDatabaseAsync(db => db.CaseHistory.Where(h => h.ApplicationId == application.Id).OrderBy(h => h.Id).ToListAsync());
        Assert.Equal([CaseAction.Assign, CaseAction.StartReview, CaseAction.RequestCorrection, CaseAction.ResubmitCorrection], history.Select(h => h.Action!.Value));
        Assert.Equal("環境政策課 担当（デモ）", history[2].ActorName);
        Assert.StartsWith("お電話がつながりませんでした。", history[2].Comment);
        Assert.Equal(CaseActorKind.Resident, history[3].ActorKind);
        Assert.Contains(Phone, history[3].Comment);
        Assert.Contains("品目 2件目 数量", history[3].Comment);

        var diff = await clerk.GetHtmlAsync(submitted.CaseUrl);
        Assert.Contains("第1回 補正による変更", diff);
        Assert.Contains("data-change=\"phone\"", diff);
        Assert.Contains("data-change=\"items[1].quantity\"", diff);
        Assert.Contains("data-change=\"fee\"", diff);
        Assert.DoesNotContain("data-change=\"email\"", diff);
        Assert.DoesNotContain("data-change=\"items[0].quantity\"", diff);
        Assert.Contains("data-correction-round=\"1\" data-state=\"Answered\"", diff);
    }

    [Fact]
    public async Task Two_rounds_keep_every_revision_and_show_composite_answers_readably()
    {
        var (submitted, clerk) = await UnderReviewAsync();
        var resident = app.Resident();

        (await clerk.RequestCorrectionAsync(submitted.Receipt, ["phone"], "電話番号をご確認ください。")).Dispose();
        (await resident.PostAsync(submitted.CorrectionUrl, [new("phone", "090-1111-2222"), new("action", "next")])).Dispose();
        (await ResubmitAsync(resident, submitted)).Dispose();

        using var second = await clerk.RequestCorrectionAsync(submitted.Receipt, ["collectionAddress"], "建物名と部屋番号を入力してください。", "5");
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        using var edited = await resident.PostAsync(submitted.CorrectionUrl,
        [
            new("collectionAddress.postalCode", "634-0078"), new("collectionAddress.prefecture", "奈良県"), new("collectionAddress.city", "デモ市"),
            new("collectionAddress.street", "八木町1丁目1-18"), new("collectionAddress.building", "デモハイツ101"), new("phone", "000"), new("action", "next"),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        (await ResubmitAsync(resident, submitted)).Dispose();

        var application = await app.ApplicationAsync(submitted.Receipt);
        Assert.Equal("090-1111-2222", application.Data()["phone"]!.ToString());
        Assert.Equal("デモハイツ101", application.Data()["collectionAddress"]!["building"]!.ToString());
        var revisions = await app.InDatabaseAsync(db => db.AnswerRevisions.Where(r => r.ApplicationId == application.Id).OrderBy(r => r.Number).ToListAsync());
        var requests = await app.InDatabaseAsync(db => db.CorrectionRequests.Where(r => r.ApplicationId == application.Id).OrderBy(r => r.Round).ToListAsync());
        Assert.Equal([1, 2, 3], revisions.Select(r => r.Number));
        Assert.Equal([requests[0].Id, requests[1].Id], revisions.Skip(1).Select(r => r.CorrectionRequestId!.Value));
        Assert.Equal([2, 3], requests.Select(r => r.RevisionNumber!.Value));
        Assert.All(requests, r => Assert.Equal(CorrectionState.Answered, r.State));
        Assert.Equal(5, requests[1].BusinessDays);

        var casePage = await clerk.GetHtmlAsync(submitted.CaseUrl);
        Assert.Contains("第1回 補正による変更", casePage);
        Assert.Contains("第2回 補正による変更", casePage);
        Assert.Contains("〒634-0078 奈良県デモ市八木町1丁目1-18 デモハイツ101", casePage);
        Assert.Contains("data-correction-round=\"2\"", casePage);
    }

    [Fact]
    public async Task The_clerk_cancels_a_request_and_the_resident_can_no_longer_edit()
    {
        var (submitted, clerk) = await UnderReviewAsync();
        (await clerk.RequestCorrectionAsync(submitted.Receipt, ["phone"], "電話番号をご確認ください。")).Dispose();
        var resident = app.Resident();
        var review = await resident.GetHtmlAsync(submitted.ReviewUrl);

        var casePage = await clerk.GetHtmlAsync(submitted.CaseUrl);
        using var cancelled = await clerk.PostAsync($"/staff/applications/{submitted.Receipt}/correction/cancel",
            [new("body", "電話で確認できました。"), new("revision", Revision(casePage))]);

        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        var application = await app.ApplicationAsync(submitted.Receipt);
        Assert.Equal(ApplicationStatus.UnderReview, application.Status);
        var request = await app.InDatabaseAsync(db => db.CorrectionRequests.SingleAsync(r => r.ApplicationId == application.Id));
        Assert.Equal(CorrectionState.Cancelled, request.State);
        Assert.Equal("電話で確認できました。", request.CancelReason);
        var line = await app.InDatabaseAsync(db => db.CaseHistory.Where(h => h.ApplicationId == application.Id).OrderBy(h => h.Id).LastAsync());
        Assert.Equal(CaseAction.CancelCorrection, line.Action);
        Assert.Equal("電話で確認できました。", line.Comment);

        Assert.DoesNotContain("data-correction-request", await resident.GetHtmlAsync(submitted.StatusUrl));
        using var edit = await resident.Client.GetAsync(submitted.CorrectionUrl);
        Assert.Equal(HttpStatusCode.Redirect, edit.StatusCode);
        // The review page was open before the cancellation: sending it says why nothing happened.
        using var late = await resident.Client.PostAsync(submitted.ReviewUrl, new FormUrlEncodedContent(
            [new("revision", Revision(review)), new("__RequestVerificationToken", Html.AntiforgeryToken(review))]));
        Assert.Equal(HttpStatusCode.OK, late.StatusCode);
        Assert.Contains("取り消されています", await late.Content.ReadAsStringAsync());
        Assert.Equal(ApplicationStatus.UnderReview, (await app.ApplicationAsync(submitted.Receipt)).Status);
        Assert.Empty(await app.InDatabaseAsync(db => db.AnswerRevisions.Where(r => r.ApplicationId == application.Id).ToListAsync()));
    }

    [Fact]
    public async Task A_request_made_on_a_case_that_changed_meanwhile_is_refused()
    {
        var (submitted, clerk) = await UnderReviewAsync();
        var form = await clerk.GetHtmlAsync($"/staff/applications/{submitted.Receipt}/correction");

        // Meanwhile the resident withdraws the application.
        var resident = app.Resident();
        (await resident.PostAsync(submitted.StatusUrl.Replace("?", "?handler=Withdraw&", StringComparison.Ordinal), [new("confirm", "true")])).Dispose();
        using var response = await clerk.Client.PostAsync($"/staff/applications/{submitted.Receipt}/correction", new FormUrlEncodedContent(
        [
            new("fields", "phone"), new("message", "電話番号をご確認ください。"), new("days", "10"),
            new("revision", Revision(form)), new("__RequestVerificationToken", Html.AntiforgeryToken(form)),
        ]));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("他の方が先に更新しました", await response.Content.ReadAsStringAsync());
        var application = await app.ApplicationAsync(submitted.Receipt);
        Assert.Equal(ApplicationStatus.Withdrawn, application.Status);
        Assert.False(await app.InDatabaseAsync(db => db.CorrectionRequests.AnyAsync(r => r.ApplicationId == application.Id)));
    }

    [Fact]
    public async Task Two_clerk_tabs_cannot_both_request_a_correction()
    {
        var (submitted, clerk) = await UnderReviewAsync();
        var first = await clerk.GetHtmlAsync($"/staff/applications/{submitted.Receipt}/correction");
        var second = await clerk.GetHtmlAsync($"/staff/applications/{submitted.Receipt}/correction");

        async Task<HttpResponseMessage> Post(string html) => await clerk.Client.PostAsync($"/staff/applications/{submitted.Receipt}/correction",
            new FormUrlEncodedContent([new("fields", "phone"), new("message", "ご確認ください。"), new("days", "10"),
                new("revision", Revision(html)), new("__RequestVerificationToken", Html.AntiforgeryToken(html))]));
        using var a = await Post(first);
        using var b = await Post(second);

        Assert.Equal(HttpStatusCode.Redirect, a.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, b.StatusCode);
        Assert.Contains("他の方が先に更新しました", await b.Content.ReadAsStringAsync());
        var application = await app.ApplicationAsync(submitted.Receipt);
        Assert.Single(await app.InDatabaseAsync(db => db.CorrectionRequests.Where(r => r.ApplicationId == application.Id).ToListAsync()));
    }

    [Fact]
    public async Task Crafted_group_actions_outside_the_flagged_answers_change_nothing()
    {
        var (submitted, clerk) = await UnderReviewAsync();
        (await clerk.RequestCorrectionAsync(submitted.Receipt, ["items[1].quantity"], "数量をご確認ください。")).Dispose();
        var resident = app.Resident();

        foreach (var action in new[] { "add:items", "remove:items:0", "removefile:items:x", "add:applicantName", "remove:items[1].quantity:0" })
        {
            using var response = await resident.PostAsync(submitted.CorrectionUrl, [new("items[1].quantity", "3"), new("action", action)]);
            Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.OK, action);
        }
        (await ResubmitAsync(resident, submitted)).Dispose();

        var application = await app.ApplicationAsync(submitted.Receipt);
        var original = JsonNode.Parse(await app.InDatabaseAsync(db =>
            db.AnswerRevisions.Where(r => r.ApplicationId == application.Id && r.Number == 1).Select(r => r.DataJson).SingleAsync()))!;
        var data = application.Data();
        Assert.Equal("3", data["items"]![1]!["quantity"]!.ToString());
        data["items"]![1]!["quantity"] = original["items"]![1]!["quantity"]!.DeepClone();
        data.Remove("fee");
        data.Remove("totalPieces");
        original.AsObject().Remove("fee");
        original.AsObject().Remove("totalPieces");
        data["items"]![1]!.AsObject().Remove("itemFee");
        original["items"]![1]!.AsObject().Remove("itemFee");
        // Apart from the flagged answer and what is computed from it, nothing changed.
        Assert.True(JsonNode.DeepEquals(original, data), data.ToJsonString());
    }

    [Fact]
    public async Task A_flagged_whole_group_can_gain_and_lose_items()
    {
        var (submitted, clerk) = await UnderReviewAsync();
        (await clerk.RequestCorrectionAsync(submitted.Receipt, ["items", "items[0].size"], "品目を見直してください。")).Dispose();
        var resident = app.Resident();
        // A flag inside a flagged group adds nothing.
        var request = await app.InDatabaseAsync(db => db.CorrectionRequests.SingleAsync(
            r => db.Applications.Any(a => a.Id == r.ApplicationId && a.ReceiptNumber == submitted.Receipt)));
        Assert.Equal("items", request.FieldPaths);

        var fields = new List<KeyValuePair<string, string>>
        {
            new("items.count", "2"),
            new("items[0].itemKind", "chair"), new("items[0].size", "small"), new("items[0].quantity", "2"),
            new("items[1].itemKind", "sofa"), new("items[1].size", "large"), new("items[1].quantity", "1"),
        };
        using var added = await resident.PostAsync(submitted.CorrectionUrl, [.. fields, new("action", "add:items")]);
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.Contains("name=\"items[2].itemKind\"", await added.Content.ReadAsStringAsync());
        using var next = await resident.PostAsync(submitted.CorrectionUrl,
            [.. fields.Where(f => f.Key != "items.count"), new("items.count", "3"), new("items[2].itemKind", "bicycle"), new("items[2].size", "medium"), new("items[2].quantity", "1"), new("action", "next")]);
        Assert.Equal(HttpStatusCode.Redirect, next.StatusCode);
        (await ResubmitAsync(resident, submitted)).Dispose();

        var application = await app.ApplicationAsync(submitted.Receipt);
        Assert.Equal(3, application.Data()["items"]!.AsArray().Count);
        Assert.Equal(2800, application.FeeYen);
        Assert.Contains("data-change=\"items[2].itemKind\"", await clerk.GetHtmlAsync(submitted.CaseUrl));
    }
}
