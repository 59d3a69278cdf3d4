using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

using Madoguchi.Core.Data;
using Madoguchi.Core.Submissions;
using Madoguchi.Web.Tests.Support;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Madoguchi.Web.Tests.Staff;

public sealed class InboxFilterTests(MadoguchiApp app) : IClassFixture<MadoguchiApp>
{
    private static List<string> Rows(string html) =>
        [.. Regex.Matches(html, "data-receipt=\"([^\"]+)\"").Select(m => m.Groups[1].Value)];

    /// <summary>A 児童手当 application by a named resident (kanji and furigana as typed).</summary>
    private async Task<string> SubmitAsync(string family, string given, string familyKana, string givenKana)
    {
        // The seed only has to differ per application: 児童手当 refuses a second one with the same 個人番号.
        var answers = DemoAnswers.For("jido-teate", Guid.NewGuid().ToString("N"));
        answers["applicantName"] = new JsonObject { ["family"] = family, ["given"] = given, ["familyKana"] = familyKana, ["givenKana"] = givenKana };
        using var created = await app.CreateClient().SubmitAsync("jido-teate", answers, Guid.NewGuid().ToString());
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.JsonAsync())["receiptNumber"]!.ToString();
    }

    private async Task SetAsync(string receipt, Action<Application> change)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MadoguchiDb>();
        change(await db.Applications.SingleAsync(a => a.ReceiptNumber == receipt));
        await db.SaveChangesAsync();
    }

    [Theory]
    [InlineData("渡辺")]
    [InlineData("渡辺　さくら")]
    [InlineData("わたなべ")]
    [InlineData("ワタナベ")]
    [InlineData("ﾜﾀﾅﾍﾞ")]
    [InlineData("さくら")]
    [InlineData("わたなべさくら")]
    public async Task The_applicant_is_found_by_family_given_or_full_name_in_kanji_or_kana_however_typed(string typed)
    {
        var watanabe = await SubmitAsync("渡辺", "さくら", "わたなべ", "さくら");
        var other = await SubmitAsync("山本", "一郎", "やまもと", "いちろう");
        var clerk = await app.SignedInAsync("kodomo-clerk");

        var html = await clerk.GetHtmlAsync("/staff?name=" + Uri.EscapeDataString(typed));

        Assert.Contains(watanabe, Rows(html));
        Assert.DoesNotContain(other, Rows(html));
    }

    [Fact]
    public async Task A_name_is_matched_whole_so_山田_does_not_find_小山田()
    {
        var yamada = await SubmitAsync("山田", "花子", "やまだ", "はなこ");
        var oyamada = await SubmitAsync("小山田", "花子", "おやまだ", "はなこ");
        var clerk = await app.SignedInAsync("kodomo-clerk");

        var byKanji = Rows(await clerk.GetHtmlAsync("/staff?name=" + Uri.EscapeDataString("山田")));
        var byKana = Rows(await clerk.GetHtmlAsync("/staff?name=" + Uri.EscapeDataString("ヤマダ")));
        var byGiven = Rows(await clerk.GetHtmlAsync("/staff?name=" + Uri.EscapeDataString("花子")));
        var byPart = Rows(await clerk.GetHtmlAsync("/staff?name=" + Uri.EscapeDataString("ヤマ")));

        Assert.Equal((true, false), (byKanji.Contains(yamada), byKanji.Contains(oyamada)));
        Assert.Equal((true, false), (byKana.Contains(yamada), byKana.Contains(oyamada)));
        Assert.Equal((true, true), (byGiven.Contains(yamada), byGiven.Contains(oyamada)));
        Assert.Equal((false, false), (byPart.Contains(yamada), byPart.Contains(oyamada)));
    }

    [Fact]
    public async Task Status_assignee_and_procedure_filters_narrow_the_list()
    {
        var gomi = await app.SubmitDemoAsync("sodai-gomi", "絞込粗大");
        var inu = await app.SubmitDemoAsync("inu-toroku", "絞込犬");
        var inu2 = await app.SubmitDemoAsync("inu-toroku", "絞込犬二");
        var clerk = await app.SignedInAsync("kankyo-clerk");
        var clerk2 = await app.SignedInAsync("kankyo-clerk2");
        await clerk.DoAsync(inu, "StartReview");
        await clerk2.DoAsync(inu2, "AssignToMe");
        var clerk2Id = await app.StaffIdAsync("kankyo-clerk2");

        var underReview = Rows(await clerk.GetHtmlAsync("/staff?status=UnderReview"));
        var mine = Rows(await clerk.GetHtmlAsync("/staff?assignee=me"));
        var unassigned = Rows(await clerk.GetHtmlAsync("/staff?assignee=none"));
        var ofClerk2 = Rows(await clerk.GetHtmlAsync("/staff?assignee=" + clerk2Id));
        var dogs = Rows(await clerk.GetHtmlAsync("/staff?procedure=inu-toroku"));
        var combined = Rows(await clerk.GetHtmlAsync("/staff?procedure=inu-toroku&status=Received&assignee=" + clerk2Id));

        Assert.Equal((true, false, false), (underReview.Contains(inu), underReview.Contains(inu2), underReview.Contains(gomi)));
        Assert.Equal((true, false, false), (mine.Contains(inu), mine.Contains(inu2), mine.Contains(gomi)));
        Assert.Equal((false, false, true), (unassigned.Contains(inu), unassigned.Contains(inu2), unassigned.Contains(gomi)));
        Assert.Equal([inu2], ofClerk2.Intersect([gomi, inu, inu2]));
        Assert.Equal((true, true, false), (dogs.Contains(inu), dogs.Contains(inu2), dogs.Contains(gomi)));
        Assert.Equal([inu2], combined.Intersect([gomi, inu, inu2]));
    }

    [Fact]
    public async Task Overdue_lists_undecided_cases_past_their_due_date_but_not_those_waiting_for_the_resident()
    {
        var late = await app.SubmitDemoAsync("doro-tsuho");
        var waiting = await app.SubmitDemoAsync("doro-tsuho");
        var onTime = await app.SubmitDemoAsync("doro-tsuho");
        var yesterday = JapanDate.Today(TimeProvider.System).AddDays(-1);
        await SetAsync(late, a => a.DueOn = yesterday);
        // 行政手続法 第6条: the time a resident takes to correct an application does not count.
        await SetAsync(waiting, a => (a.DueOn, a.Status) = (yesterday, ApplicationStatus.CorrectionRequested));
        var clerk = await app.SignedInAsync("doro-clerk");

        var overdue = Rows(await clerk.GetHtmlAsync("/staff?overdue=true"));

        Assert.Contains(late, overdue);
        Assert.DoesNotContain(waiting, overdue);
        Assert.DoesNotContain(onTime, overdue);
    }

    [Fact]
    public async Task The_date_range_is_inclusive_and_counted_in_Japan_time()
    {
        var japan = TimeSpan.FromHours(9);
        var justBefore = await app.SubmitDemoAsync("shisetsu-shiyo", "日付前");
        var firstMoment = await app.SubmitDemoAsync("shisetsu-shiyo", "日付初");
        var lastMoment = await app.SubmitDemoAsync("shisetsu-shiyo", "日付終");
        var justAfter = await app.SubmitDemoAsync("shisetsu-shiyo", "日付後");
        await SetAsync(justBefore, a => a.SubmittedAt = new DateTimeOffset(2026, 3, 31, 23, 59, 59, japan).ToUniversalTime());
        await SetAsync(firstMoment, a => a.SubmittedAt = new DateTimeOffset(2026, 4, 1, 0, 0, 0, japan).ToUniversalTime());
        await SetAsync(lastMoment, a => a.SubmittedAt = new DateTimeOffset(2026, 4, 2, 23, 59, 59, japan).ToUniversalTime());
        await SetAsync(justAfter, a => a.SubmittedAt = new DateTimeOffset(2026, 4, 3, 0, 0, 0, japan).ToUniversalTime());
        var clerk = await app.SignedInAsync("digital-clerk");

        var inRange = Rows(await clerk.GetHtmlAsync("/staff?from=2026-04-01&to=2026-04-02"));
        var typedByHand = Rows(await clerk.GetHtmlAsync("/staff?from=" + Uri.EscapeDataString("２０２６/４/１") + "&to=2026/4/1"));

        Assert.Equal([lastMoment, firstMoment], inRange.Intersect([justBefore, firstMoment, lastMoment, justAfter]));
        Assert.Equal([firstMoment], typedByHand.Intersect([justBefore, firstMoment, lastMoment, justAfter]));
    }

    [Fact]
    public async Task The_next_page_keeps_every_filter()
    {
        var receipts = new List<string>();
        for (var i = 0; i < ListInboxPageSize + 2; i++)
        {
            receipts.Add(await SubmitAsync("頁送", $"花{i}", "ぺーじおくり", "はな"));
        }
        await SubmitAsync("別人", "次郎", "べつじん", "じろう");
        var clerk = await app.SignedInAsync("kodomo-chief");

        var first = await clerk.GetHtmlAsync("/staff?name=" + Uri.EscapeDataString("ぺーじおくり") + "&status=Received");
        var next = WebUtility.HtmlDecode(Regex.Match(first, "href=\"([^\"]+)\" rel=\"next\"").Groups[1].Value);
        var second = await clerk.GetHtmlAsync(next);

        Assert.Contains("name=", next);
        Assert.Contains("status=Received", next);
        Assert.Equal(receipts.Order(StringComparer.Ordinal), Rows(first).Concat(Rows(second)).Order(StringComparer.Ordinal));
    }

    private const int ListInboxPageSize = Core.Cases.Inbox.ListInbox.PageSize;

    public static TheoryData<string, string, string> WrongFilters => new()
    {
        { "from=2026-02-30", "from", "実在する日付" },
        { "to=yesterday", "to", "実在する日付" },
        { "from=1899-01-01", "from", "2000年から2999年" },
        { "from=2026-05-01&to=2026-04-01", "to", "「から」が「まで」より前" },
        { "from=" + new string('9', 5000), "from", "実在する日付" },
        { "status=3", "status", "状況の指定が正しくありません" },
        { "status=Received%2CUnderReview", "status", "状況の指定が正しくありません" },
        { "status=%3Cscript%3E", "status", "状況の指定が正しくありません" },
        { "assignee=" + Guid.NewGuid(), "assignee", "担当者は見つかりません" },
        { "assignee=" + new string('a', 5000), "assignee", "担当者は見つかりません" },
        { "procedure=no-such-procedure", "procedure", "手続きは見つかりません" },
        { "procedure=juminhyo", "procedure", "手続きは見つかりません" },
        { "overdue=maybe", "overdue", "期限超過" },
        { "awaitingMe=yes%20please", "awaitingMe", "決裁待ち" },
        { "name=" + new string('名', 101), "name", "100文字以内" },
        { "name=" + new string('x', 100_00), "name", "100文字以内" },
        { "name=%E2%80%AE%E2%80%AE", "name", "姓・名・氏名" },
        { "receipt=abc", "receipt", "受付番号" },
        { "receipt=" + new string('K', 3000), "receipt", "受付番号" },
        { "after=not-a-cursor", "after", "ページの指定" },
    };

    [Theory]
    [MemberData(nameof(WrongFilters))]
    public async Task A_wrong_filter_is_named_in_the_error_summary_and_nothing_is_listed(string query, string field, string message)
    {
        await app.SubmitDemoAsync("jido-teate", Guid.NewGuid().ToString("N"));
        var clerk = await app.SignedInAsync("kodomo-clerk");

        using var response = await clerk.Client.GetAsync("/staff?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains($"data-problem=\"{field}\"", html);
        Assert.Contains(message, Regex.Match(html, "data-error-summary>(.*?)</div>", RegexOptions.Singleline).Groups[1].Value);
        Assert.Empty(Rows(html));
    }

    [Fact]
    public async Task A_clerk_of_another_department_is_as_unknown_as_a_made_up_one()
    {
        var clerk = await app.SignedInAsync("kodomo-clerk");
        var otherDepartment = await app.StaffIdAsync("shimin-clerk");

        using var response = await clerk.Client.GetAsync("/staff?assignee=" + otherDepartment);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("指定された担当者は見つかりません", await response.Content.ReadAsStringAsync());
        Assert.DoesNotContain("市民課", await response.Content.ReadAsStringAsync());
    }
}
