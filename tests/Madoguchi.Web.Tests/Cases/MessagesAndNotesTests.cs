using System.Net;

using Madoguchi.Core.Cases.Messages;
using Madoguchi.Web.Tests.Support;

using Microsoft.EntityFrameworkCore;

namespace Madoguchi.Web.Tests.Cases;

/// <summary>Messages between the department and the resident, and 内部メモ that stay inside the department.</summary>
public sealed class MessagesAndNotesTests(MadoguchiApp app) : IClassFixture<MadoguchiApp>
{
    private static string Location(HttpResponseMessage response) => response.Headers.Location!.OriginalString;

    [Fact]
    public async Task The_clerk_and_the_resident_write_to_each_other_in_one_thread()
    {
        var submitted = await app.SubmitAsync("doro-tsuho");
        var clerk = await app.SignedInAsync("doro-clerk");
        var resident = app.Resident();

        using var fromClerk = await clerk.PostAsync($"/staff/applications/{submitted.Receipt}/messages", [new("body", "写真を送っていただけますか。\n場所の目印も教えてください。")]);
        Assert.Equal(HttpStatusCode.Redirect, fromClerk.StatusCode);
        Assert.Equal($"/staff/applications/{submitted.Receipt}#messages", Location(fromClerk));

        var status = await resident.GetHtmlAsync(submitted.StatusUrl);
        // Line breaks are kept (encoded as &#xA; in the page, shown as breaks by white-space: pre-wrap).
        Assert.Contains("写真を送っていただけますか。&#xA;場所の目印も教えてください。", status);
        Assert.Contains("道路河川課", status);
        // Residents see the department, not the person.
        Assert.DoesNotContain("担当（デモ）", status);

        using var reply = await resident.PostAsync(submitted.MessagesUrl, [new("body", "交差点の北側、電柱の横です。")]);
        Assert.Equal(HttpStatusCode.Redirect, reply.StatusCode);
        Assert.Contains("sent=message", Location(reply));
        Assert.Contains("data-sent", await resident.GetHtmlAsync(Location(reply)));

        var casePage = await clerk.GetHtmlAsync(submitted.CaseUrl);
        var first = casePage.IndexOf("写真を送っていただけますか。", StringComparison.Ordinal);
        var second = casePage.IndexOf("交差点の北側、電柱の横です。", StringComparison.Ordinal);
        Assert.True(first > 0 && second > first, "the thread is in the order it was written");
        Assert.Contains("道路河川課 担当（デモ）（担当課）", casePage);
        var messages = await app.InDatabaseAsync(db => db.CaseMessages
            .Where(m => db.Applications.Any(a => a.Id == m.ApplicationId && a.ReceiptNumber == submitted.Receipt)).OrderBy(m => m.Id).ToListAsync());
        Assert.Equal([MessageSender.Department, MessageSender.Resident], messages.Select(m => m.From));
        Assert.Equal("申請者", messages[1].AuthorName);
        Assert.Null(messages[1].StaffMemberId);
    }

    public static TheoryData<string, string> WrongMessages => new()
    {
        { "", "メッセージを入力" },
        { " \r\n\t", "メッセージを入力" },
        { new string('あ', 2001), "2000文字以内" },
        { new string('x', 500_000), "2000文字以内" },
        { "ベル\u0007文字", "使えません" },
        { "逆\u202Eさま", "使えません" },
    };

    [Theory]
    [MemberData(nameof(WrongMessages))]
    public async Task A_wrong_message_is_refused_on_both_sides_with_the_typing_kept(string body, string error)
    {
        var submitted = await app.SubmitAsync("doro-tsuho");
        var clerk = await app.SignedInAsync("doro-clerk");
        var resident = app.Resident();

        using var fromResident = await resident.PostAsync(submitted.MessagesUrl, [new("body", body)]);
        using var fromClerk = await clerk.PostAsync($"/staff/applications/{submitted.Receipt}/messages", [new("body", body)]);
        using var note = await clerk.PostAsync($"/staff/applications/{submitted.Receipt}/notes", [new("body", body)]);

        foreach (var response in new[] { fromResident, fromClerk, note })
        {
            // Staff pages answer a wrong input with 400 as the case page does; the resident's page with 200, as the draft pages do.
            Assert.Equal(response == fromResident ? HttpStatusCode.OK : HttpStatusCode.BadRequest, response.StatusCode);
            var html = await response.Content.ReadAsStringAsync();
            Assert.Contains("data-error-summary", html);
            Assert.Contains(error.Replace("メッセージ", response == note ? "メモ" : "メッセージ", StringComparison.Ordinal), html);
        }
        Assert.False(await app.InDatabaseAsync(db => db.CaseMessages.AnyAsync(m => db.Applications.Any(a => a.Id == m.ApplicationId && a.ReceiptNumber == submitted.Receipt))));
        Assert.False(await app.InDatabaseAsync(db => db.InternalNotes.AnyAsync(n => db.Applications.Any(a => a.Id == n.ApplicationId && a.ReceiptNumber == submitted.Receipt))));
    }

    [Fact]
    public async Task A_NUL_character_is_refused_before_it_reaches_a_page_and_nothing_is_stored()
    {
        var submitted = await app.SubmitAsync("doro-tsuho");
        var resident = app.Resident();

        using var response = await resident.PostAsync(submitted.MessagesUrl, [new("body", "ヌル\u0000文字")]);

        // ASP.NET Core's form reader refuses it as a bad request; never a server error.
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(await app.InDatabaseAsync(db => db.CaseMessages.AnyAsync(m => db.Applications.Any(a => a.Id == m.ApplicationId && a.ReceiptNumber == submitted.Receipt))));
    }

    [Fact]
    public async Task Markup_in_messages_and_notes_is_shown_as_text()
    {
        var submitted = await app.SubmitAsync("doro-tsuho");
        var clerk = await app.SignedInAsync("doro-clerk");
        var resident = app.Resident();
        const string hostile = "<img src=x onerror=alert(1)><a href=\"javascript:alert(2)\">click</a>";

        (await resident.PostAsync(submitted.MessagesUrl, [new("body", hostile)])).Dispose();
        (await clerk.PostAsync($"/staff/applications/{submitted.Receipt}/messages", [new("body", hostile)])).Dispose();
        (await clerk.PostAsync($"/staff/applications/{submitted.Receipt}/notes", [new("body", hostile)])).Dispose();

        var casePage = await clerk.GetHtmlAsync(submitted.CaseUrl);
        var status = await resident.GetHtmlAsync(submitted.StatusUrl);
        Assert.Equal(3, Count(casePage, "&lt;img src=x onerror=alert(1)&gt;"));
        // The resident sees both messages but never the note.
        Assert.Equal(2, Count(status, "&lt;img src=x onerror=alert(1)&gt;"));
        foreach (var html in new[] { casePage, status })
        {
            Assert.DoesNotContain("<img src=x", html);
            Assert.DoesNotContain("href=\"javascript:", html);
        }
    }

    private static int Count(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal))
        {
            count++;
        }
        return count;
    }

    [Fact]
    public async Task A_resident_can_send_only_a_few_messages_an_hour()
    {
        var submitted = await app.SubmitAsync("doro-tsuho");
        var resident = app.Resident();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < SendMessage.ResidentPerHour + 1; i++)
        {
            using var response = await resident.PostAsync(submitted.MessagesUrl, [new("body", $"{i + 1}通目です。")]);
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                var html = await response.Content.ReadAsStringAsync();
                Assert.Contains("1時間に5件", html);
                Assert.Contains("6通目です。", html);
            }
        }

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.Redirect, SendMessage.ResidentPerHour), HttpStatusCode.TooManyRequests], statuses);
        // The department can still write.
        var clerk = await app.SignedInAsync("doro-clerk");
        using var fromClerk = await clerk.PostAsync($"/staff/applications/{submitted.Receipt}/messages", [new("body", "お返事します。")]);
        Assert.Equal(HttpStatusCode.Redirect, fromClerk.StatusCode);
    }

    [Fact]
    public async Task A_withdrawn_application_takes_no_more_messages_from_the_resident()
    {
        var submitted = await app.SubmitAsync("doro-tsuho");
        var resident = app.Resident();
        (await resident.PostAsync(submitted.StatusUrl.Replace("?", "?handler=Withdraw&", StringComparison.Ordinal), [new("confirm", "true")])).Dispose();

        var status = await resident.GetHtmlAsync(submitted.StatusUrl);
        var messagesPage = await resident.GetHtmlAsync(submitted.MessagesUrl);
        using var crafted = await resident.Client.PostAsync(submitted.MessagesUrl, new FormUrlEncodedContent(
            [new("body", "まだ送れますか。"), new("__RequestVerificationToken", Html.AntiforgeryToken(await resident.GetHtmlAsync("/status")))]));

        Assert.DoesNotContain("id=\"message-body\"", status);
        Assert.DoesNotContain("id=\"message-body\"", messagesPage);
        Assert.Equal(HttpStatusCode.OK, crafted.StatusCode);
        Assert.Contains("お電話などで", await crafted.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Internal_notes_stay_in_the_owning_department()
    {
        var submitted = await app.SubmitAsync("doro-tsuho");
        var clerk = await app.SignedInAsync("doro-clerk");
        var chief = await app.SignedInAsync("doro-chief");
        var other = await app.SignedInAsync("shimin-clerk");
        var resident = app.Resident();
        const string secret = "内部メモ：申請者は以前にも同じ場所を通報している（秘）";

        using var added = await clerk.PostAsync($"/staff/applications/{submitted.Receipt}/notes", [new("body", secret)]);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal($"/staff/applications/{submitted.Receipt}#notes", Location(added));

        Assert.Contains(secret, await clerk.GetHtmlAsync(submitted.CaseUrl));
        Assert.Contains(secret, await chief.GetHtmlAsync(submitted.CaseUrl));
        Assert.Contains("道路河川課 担当（デモ）", await chief.GetHtmlAsync(submitted.CaseUrl));
        using var otherCase = await other.Client.GetAsync(submitted.CaseUrl);
        Assert.Equal(HttpStatusCode.NotFound, otherCase.StatusCode);
        Assert.DoesNotContain(secret, await otherCase.Content.ReadAsStringAsync());
        var token = Html.AntiforgeryToken(await other.GetHtmlAsync("/staff/login"));
        using var otherAdd = await other.Client.PostAsync($"/staff/applications/{submitted.Receipt}/notes",
            new FormUrlEncodedContent([new("body", "他課のメモ"), new("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.NotFound, otherAdd.StatusCode);

        // Nothing a resident can reach shows it: the status page, the messages page, the API.
        Assert.DoesNotContain(secret, await resident.GetHtmlAsync(submitted.StatusUrl));
        Assert.DoesNotContain(secret, await resident.GetHtmlAsync(submitted.MessagesUrl));
        using var api = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/applications/{submitted.Receipt}");
        api.Headers.Authorization = new("Bearer", submitted.Token);
        using var fromApi = await app.CreateClient().SendAsync(api);
        Assert.Equal(HttpStatusCode.OK, fromApi.StatusCode);
        Assert.DoesNotContain("秘", await fromApi.Content.ReadAsStringAsync());
        Assert.Equal(1, await app.InDatabaseAsync(db => db.InternalNotes.CountAsync(n => db.Applications.Any(a => a.Id == n.ApplicationId && a.ReceiptNumber == submitted.Receipt))));
    }
}
