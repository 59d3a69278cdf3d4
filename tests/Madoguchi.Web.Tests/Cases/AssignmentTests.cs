using System.Net;

using Madoguchi.Core.Cases.Lifecycle;
using Madoguchi.Web.Tests.Support;

namespace Madoguchi.Web.Tests.Cases;

public sealed class AssignmentTests(MadoguchiApp app) : IClassFixture<MadoguchiApp>
{
    [Fact]
    public async Task A_clerk_takes_a_case_and_the_chief_reassigns_it_with_both_names_in_the_history()
    {
        var receipt = await app.SubmitDemoAsync("inu-toroku", "割当て");
        var clerk2 = await app.SignedInAsync("kankyo-clerk2");
        var chief = await app.SignedInAsync("kankyo-chief");
        var clerkId = await app.StaffIdAsync("kankyo-clerk");

        await clerk2.DoAsync(receipt, "AssignToMe");
        Assert.Contains(receipt, await clerk2.GetHtmlAsync("/staff?assignee=me"));
        await chief.DoAsync(receipt, "Assign", ("Assignee", clerkId));

        var assignments = (await app.HistoryAsync(receipt)).Where(h => h.Kind == CaseEventKind.Assigned).ToList();
        Assert.Equal(
            [(null, "環境政策課 担当2（デモ）", "環境政策課 担当2（デモ）"), ("環境政策課 担当2（デモ）", "環境政策課 担当（デモ）", "環境政策課 係長（デモ）")],
            assignments.Select(h => (h.PreviousAssigneeName, h.AssigneeName, h.ActorName)));
        Assert.All(assignments, h => Assert.Equal((Core.Submissions.ApplicationStatus.Received, Core.Submissions.ApplicationStatus.Received), (h.FromStatus!.Value, h.ToStatus!.Value)));
        Assert.Equal(clerkId, (await app.LoadAsync(receipt)).AssignedToId);
        var page = await chief.GetHtmlAsync(CasePage.Url(receipt));
        Assert.Contains("data-assignee>環境政策課 担当（デモ）", page);
        Assert.Contains("担当者の変更：環境政策課 担当2（デモ） → 環境政策課 担当（デモ）", page);
        Assert.DoesNotContain(receipt, await clerk2.GetHtmlAsync("/staff?assignee=me"));
    }

    [Fact]
    public async Task Once_assigned_only_the_assignee_handles_the_case_until_someone_takes_it_over()
    {
        var receipt = await app.SubmitDemoAsync("inu-toroku", "担当者のみ");
        var clerk = await app.SignedInAsync("kankyo-clerk");
        var clerk2 = await app.SignedInAsync("kankyo-clerk2");
        await clerk.DoAsync(receipt, "AssignToMe");

        Assert.Equal(["Assign", "AssignToMe"], CasePage.Actions(await clerk2.GetHtmlAsync(CasePage.Url(receipt))));
        using var notMine = await clerk2.PostActionAsync(receipt, "StartReview",
            CasePage.Revision(await clerk2.GetHtmlAsync(CasePage.Url(receipt))), Html.AntiforgeryToken(await clerk2.GetHtmlAsync(CasePage.Url(receipt))));
        Assert.Equal(HttpStatusCode.Forbidden, notMine.StatusCode);
        Assert.Contains("別の担当者が担当しています", CasePage.ErrorSummary(await notMine.Content.ReadAsStringAsync()));

        await clerk2.DoAsync(receipt, "AssignToMe");
        await clerk2.DoAsync(receipt, "StartReview");
        Assert.Equal(await app.StaffIdAsync("kankyo-clerk2"), (await app.LoadAsync(receipt)).AssignedToId);
    }

    [Fact]
    public async Task Starting_the_review_of_an_unassigned_case_makes_the_clerk_its_assignee()
    {
        var receipt = await app.SubmitDemoAsync("inu-toroku", "審査で割当て");
        var clerk = await app.SignedInAsync("kankyo-clerk");

        await clerk.DoAsync(receipt, "StartReview");

        var history = await app.HistoryAsync(receipt);
        Assert.Equal([CaseAction.Assign, CaseAction.StartReview], history.Select(h => h.Action!.Value));
        Assert.Equal(await app.StaffIdAsync("kankyo-clerk"), (await app.LoadAsync(receipt)).AssignedToId);
    }

    public static TheoryData<string, string> WrongAssignees => new()
    {
        { "nobody", "担当者を選んでください。" },
        { "chief", "この案件の課の担当ではありません。" },
        { "author", "この案件の課の担当ではありません。" },
        { "other-department-clerk", "この案件の課の担当ではありません。" },
        { "unknown", "この案件の課の担当ではありません。" },
        { "huge", "担当者を選んでください。" },
        { "current", "この職員が既に担当しています。" },
    };

    [Theory]
    [MemberData(nameof(WrongAssignees))]
    public async Task Assigning_anyone_but_another_clerk_of_the_department_is_refused_with_a_message(string who, string message)
    {
        var receipt = await app.SubmitDemoAsync("inu-toroku", "誤割当て" + who);
        var chief = await app.SignedInAsync("kankyo-chief");
        var clerk = await app.SignedInAsync("kankyo-clerk");
        await clerk.DoAsync(receipt, "AssignToMe");
        var id = who switch
        {
            "nobody" => "",
            "chief" => await app.StaffIdAsync("kankyo-chief"),
            "author" => await app.StaffIdAsync("kankyo-author"),
            "other-department-clerk" => await app.StaffIdAsync("shimin-clerk"),
            "unknown" => Guid.NewGuid().ToString(),
            "huge" => new string('x', 10_000),
            _ => await app.StaffIdAsync("kankyo-clerk"),
        };
        var before = (await app.LoadAsync(receipt)).Revision;

        using var response = await chief.ActAsync(receipt, "Assign", ("Assignee", id));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(message, CasePage.ErrorSummary(html));
        Assert.Contains("href=\"#assign-assignee\"", html);
        Assert.Equal(before, (await app.LoadAsync(receipt)).Revision);
    }

    [Fact]
    public async Task A_procedure_author_may_read_a_case_but_not_assign_it()
    {
        var receipt = await app.SubmitDemoAsync("inu-toroku", "作成者");
        var author = await app.SignedInAsync("kankyo-author");

        var page = await author.GetHtmlAsync(CasePage.Url(receipt));
        Assert.Empty(CasePage.Actions(page));
        using var response = await author.PostActionAsync(receipt, "Assign", CasePage.Revision(await (await app.SignedInAsync("kankyo-clerk")).GetHtmlAsync(CasePage.Url(receipt))),
            Html.AntiforgeryToken(page), ("Assignee", await app.StaffIdAsync("kankyo-clerk")));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Null((await app.LoadAsync(receipt)).AssignedToId);
    }
}
