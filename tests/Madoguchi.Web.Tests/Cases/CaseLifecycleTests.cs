using System.Net;
using System.Text.RegularExpressions;

using Madoguchi.Core.Cases.Lifecycle;
using Madoguchi.Core.Data;
using Madoguchi.Core.Identity;
using Madoguchi.Core.Submissions;
using Madoguchi.Web.Tests.Support;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Madoguchi.Web.Tests.Cases;

/// <summary>The case lifecycle through the real pages: receipt, review, 起案, approval along the route, decisions, send-back rounds.</summary>
public sealed class CaseLifecycleTests(MadoguchiApp app) : IClassFixture<MadoguchiApp>
{
    private const string Clerk = "こども未来課 担当（デモ）";
    private const string Chief = "こども未来課 係長（デモ）";
    private const string Manager = "こども未来課 課長（デモ）";

    private static (string, string) Field(string name, string value) => (name, value);

    private static IReadOnlyList<string> Stamps(string html) =>
        [.. Regex.Matches(html, "data-stamp=\"(\\d)\" data-state=\"(\\w+)\"").Select(m => $"{m.Groups[1].Value}:{m.Groups[2].Value}")];

    [Fact]
    public async Task A_case_goes_from_receipt_through_review_and_two_approvals_to_completed()
    {
        var receipt = await app.SubmitDemoAsync("jido-teate", "一気通貫");
        var clerk = await app.SignedInAsync("kodomo-clerk");
        var chief = await app.SignedInAsync("kodomo-chief");
        var manager = await app.SignedInAsync("kodomo-manager");

        Assert.Equal(["Assign", "AssignToMe", "StartReview"], CasePage.Actions(await clerk.GetHtmlAsync(CasePage.Url(receipt))));
        await clerk.DoAsync(receipt, "StartReview");
        Assert.Equal(["Assign", "Draft"], CasePage.Actions(await clerk.GetHtmlAsync(CasePage.Url(receipt))));
        await clerk.DoAsync(receipt, "Draft", Field("Decision", "Completed"), Field("Comment", "所得と児童の要件を確認しました。\n認定してよろしいか伺います。"));

        Assert.Contains(receipt, await chief.GetHtmlAsync("/staff?awaitingMe=true"));
        Assert.DoesNotContain(receipt, await manager.GetHtmlAsync("/staff?awaitingMe=true"));
        Assert.Equal(["Assign", "Approve", "SendBack"], CasePage.Actions(await chief.GetHtmlAsync(CasePage.Url(receipt))));
        await chief.DoAsync(receipt, "Approve");
        var afterChief = await app.LoadAsync(receipt);
        Assert.Equal(ApplicationStatus.AwaitingApproval, afterChief.Status);
        Assert.Equal(2, afterChief.ApprovalStep);
        Assert.Equal(DepartmentRole.Manager, afterChief.ApprovalStepRole);

        Assert.Contains(receipt, await manager.GetHtmlAsync("/staff?awaitingMe=true"));
        Assert.DoesNotContain(receipt, await chief.GetHtmlAsync("/staff?awaitingMe=true"));
        await manager.DoAsync(receipt, "Approve", Field("Comment", "決裁します。"));

        var decided = await app.LoadAsync(receipt);
        Assert.Equal(ApplicationStatus.Completed, decided.Status);
        Assert.NotNull(decided.DecidedAt);
        Assert.Null(decided.ApprovalStep);
        Assert.Null(decided.ApprovalStepRole);
        var history = await app.HistoryAsync(receipt);
        Assert.Equal(
            [CaseAction.Assign, CaseAction.StartReview, CaseAction.SubmitForApproval, CaseAction.ApproveStep, CaseAction.ApproveFinally],
            history.Select(h => h.Action!.Value));
        Assert.Equal([Clerk, Clerk, Clerk, Chief, Manager], history.Select(h => h.ActorName));
        Assert.Equal(CaseEventKind.ApprovalStep, history[3].Kind);
        Assert.All(history.Zip(history.Skip(1)), pair => Assert.Equal(pair.First.ToStatus, pair.Second.FromStatus));
        Assert.True(history.Zip(history.Skip(1)).All(pair => pair.First.At <= pair.Second.At));

        var page = await manager.GetHtmlAsync(CasePage.Url(receipt) + "?done=Approve");
        Assert.Contains("決裁しました。決定が確定しました。", page);
        Assert.Equal(["0:Drafted", "1:Approved", "2:Decided"], Stamps(page));
        Assert.Contains(Chief, page);
        Assert.Contains("所得と児童の要件を確認しました。", page);
        Assert.Contains("決裁（課長）：完了", page);
        Assert.Contains("data-no-actions", page);
        Assert.Empty(CasePage.Actions(await clerk.GetHtmlAsync(CasePage.Url(receipt))));
    }

    [Fact]
    public async Task A_proposal_to_reject_becomes_final_with_the_last_approval()
    {
        var receipt = await app.SubmitDemoAsync("sodai-gomi", "却下");
        var clerk = await app.SignedInAsync("kankyo-clerk");
        var chief = await app.SignedInAsync("kankyo-chief");

        await clerk.DoAsync(receipt, "StartReview");
        await clerk.DoAsync(receipt, "Draft", Field("Decision", "Rejected"), Field("Comment", "収集対象外の品目のため却下します。"));
        Assert.Equal(ApplicationStatus.Rejected, (await app.LoadAsync(receipt)).ProposedDecision);
        Assert.Equal(ApplicationStatus.AwaitingApproval, (await app.LoadAsync(receipt)).Status);
        await chief.DoAsync(receipt, "Approve");

        var decided = await app.LoadAsync(receipt);
        Assert.Equal(ApplicationStatus.Rejected, decided.Status);
        Assert.NotNull(decided.DecidedAt);
        Assert.Equal(CaseAction.ApproveFinally, (await app.HistoryAsync(receipt))[^1].Action);
        Assert.Contains("data-proposed=\"Rejected\"", await chief.GetHtmlAsync(CasePage.Url(receipt)));
    }

    [Fact]
    public async Task A_send_back_at_the_second_step_returns_the_case_and_a_new_draft_starts_a_second_round()
    {
        var receipt = await app.SubmitDemoAsync("jido-teate", "差戻し");
        var clerk = await app.SignedInAsync("kodomo-clerk");
        var chief = await app.SignedInAsync("kodomo-chief");
        var manager = await app.SignedInAsync("kodomo-manager");
        await clerk.DoAsync(receipt, "StartReview");
        await clerk.DoAsync(receipt, "Draft", Field("Decision", "Completed"), Field("Comment", "第1回の起案"));
        await chief.DoAsync(receipt, "Approve");

        await manager.DoAsync(receipt, "SendBack", Field("Comment", "口座名義を確認してください。"));

        var returned = await app.LoadAsync(receipt);
        Assert.Equal(ApplicationStatus.UnderReview, returned.Status);
        Assert.Null(returned.ApprovalStep);
        Assert.Null(returned.ProposedDecision);
        Assert.Equal(1, returned.ApprovalRound);
        Assert.Equal(["0:Drafted", "1:Approved", "2:SentBack"], Stamps(await clerk.GetHtmlAsync(CasePage.Url(receipt))));

        await clerk.DoAsync(receipt, "Draft", Field("Decision", "Completed"), Field("Comment", "口座名義を確認しました（第2回）。"));
        var round2 = await clerk.GetHtmlAsync(CasePage.Url(receipt));
        Assert.Equal(["0:Drafted", "1:Awaiting", "2:NotReached"], Stamps(round2));
        Assert.Contains("（第2回の起案）", round2);
        // The chief approved round 1; a new round needs a new approval from them.
        await chief.DoAsync(receipt, "Approve");
        await manager.DoAsync(receipt, "Approve");

        Assert.Equal(ApplicationStatus.Completed, (await app.LoadAsync(receipt)).Status);
        var history = await app.HistoryAsync(receipt);
        Assert.Equal([1, 1, 1, 2, 2, 2], history.Where(h => h.ApprovalRound is not null).Select(h => h.ApprovalRound!.Value));
        var sendBack = history.Single(h => h.Action == CaseAction.SendBack);
        Assert.Equal(("口座名義を確認してください。", 2, DepartmentRole.Manager), (sendBack.Comment, sendBack.ApprovalStep!.Value, sendBack.Role!.Value));
        var page = await clerk.GetHtmlAsync(CasePage.Url(receipt));
        Assert.Contains("口座名義を確認してください。", page);
        Assert.Contains("差戻し（課長）", page);
        Assert.Contains("起案（第1回）", page);
        Assert.Contains("起案（第2回）", page);
    }

    [Fact]
    public async Task On_a_route_of_the_clerk_alone_the_draft_is_the_decision()
    {
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MadoguchiDb>();
            var procedure = await db.Procedures.SingleAsync(p => p.Code == "doro-tsuho");
            procedure.ApprovalRoute = "clerk";
            await db.SaveChangesAsync();
        }
        var receipt = await app.SubmitDemoAsync("doro-tsuho");
        var clerk = await app.SignedInAsync("doro-clerk");
        await clerk.DoAsync(receipt, "StartReview");

        var page = await clerk.GetHtmlAsync(CasePage.Url(receipt));
        Assert.Contains("決定する（決裁なし）", page);
        await clerk.DoAsync(receipt, "Draft", Field("Decision", "Completed"), Field("Comment", "補修を手配しました。"));

        var decided = await app.LoadAsync(receipt);
        Assert.Equal(ApplicationStatus.Completed, decided.Status);
        Assert.Equal(CaseAction.DecideWithoutApproval, (await app.HistoryAsync(receipt))[^1].Action);
        var after = await clerk.GetHtmlAsync(CasePage.Url(receipt) + "?done=Draft");
        Assert.Equal(["0:Decided"], Stamps(after));
        Assert.Contains("決定しました。", after);
    }

    [Fact]
    public async Task Illegal_transitions_are_refused_with_the_status_named_and_change_nothing()
    {
        var receipt = await app.SubmitDemoAsync("jido-teate", "違法遷移");
        var clerk = await app.SignedInAsync("kodomo-clerk");
        var chief = await app.SignedInAsync("kodomo-chief");

        using var draftTooEarly = await clerk.ActAsync(receipt, "Draft", Field("Decision", "Completed"), Field("Comment", "早すぎる起案"));
        Assert.Equal(HttpStatusCode.Conflict, draftTooEarly.StatusCode);
        Assert.Contains("「受付」の案件に「起案」はできません。", CasePage.ErrorSummary(await draftTooEarly.Content.ReadAsStringAsync()));

        using var approveTooEarly = await chief.ActAsync(receipt, "Approve");
        Assert.Equal(HttpStatusCode.Conflict, approveTooEarly.StatusCode);
        Assert.Contains("「受付」の案件に「決裁」はできません。", CasePage.ErrorSummary(await approveTooEarly.Content.ReadAsStringAsync()));

        await clerk.DoAsync(receipt, "StartReview");
        using var startAgain = await clerk.ActAsync(receipt, "StartReview");
        Assert.Equal(HttpStatusCode.Conflict, startAgain.StatusCode);
        Assert.Contains("「審査中」の案件に「審査開始」はできません。", CasePage.ErrorSummary(await startAgain.Content.ReadAsStringAsync()));

        using var sendBackUnderReview = await chief.ActAsync(receipt, "SendBack", Field("Comment", "差し戻します"));
        Assert.Equal(HttpStatusCode.Conflict, sendBackUnderReview.StatusCode);

        Assert.Equal(ApplicationStatus.UnderReview, (await app.LoadAsync(receipt)).Status);
        Assert.Equal([CaseAction.Assign, CaseAction.StartReview], (await app.HistoryAsync(receipt)).Select(h => h.Action!.Value));
    }

    [Fact]
    public async Task Roles_decide_who_acts_and_nobody_approves_their_own_draft_or_twice_in_one_round()
    {
        await app.CreateStaffAsync("kodomo-clerk-chief", "kodomo", DepartmentRole.Clerk, DepartmentRole.Chief);
        await app.CreateStaffAsync("kodomo-senior", "kodomo", DepartmentRole.Chief, DepartmentRole.Manager);
        var receipt = await app.SubmitDemoAsync("jido-teate", "職務分離");
        var clerkChief = await app.SignedInAsync("kodomo-clerk-chief");
        var senior = await app.SignedInAsync("kodomo-senior");
        var chief = await app.SignedInAsync("kodomo-chief");
        var clerk = await app.SignedInAsync("kodomo-clerk");

        using var chiefDrafts = await chief.ActAsync(receipt, "StartReview");
        Assert.Equal(HttpStatusCode.Forbidden, chiefDrafts.StatusCode);
        Assert.Contains("担当の役割を持つ職員", CasePage.ErrorSummary(await chiefDrafts.Content.ReadAsStringAsync()));

        await clerkChief.DoAsync(receipt, "StartReview");
        await clerkChief.DoAsync(receipt, "Draft", Field("Decision", "Completed"), Field("Comment", "自分で起案"));

        // The drafter holds the chief's role too, but may not approve their own proposal; the page does not offer it.
        Assert.DoesNotContain("Approve", CasePage.Actions(await clerkChief.GetHtmlAsync(CasePage.Url(receipt))));
        Assert.DoesNotContain(receipt, await clerkChief.GetHtmlAsync("/staff?awaitingMe=true"));
        using var ownApproval = await clerkChief.ActAsync(receipt, "Approve");
        Assert.Equal(HttpStatusCode.Forbidden, ownApproval.StatusCode);
        Assert.Contains("自分が起案した案件は承認できません", CasePage.ErrorSummary(await ownApproval.Content.ReadAsStringAsync()));

        using var clerkApproves = await clerk.ActAsync(receipt, "Approve");
        Assert.Equal(HttpStatusCode.Forbidden, clerkApproves.StatusCode);
        Assert.Contains("係長が行います", CasePage.ErrorSummary(await clerkApproves.Content.ReadAsStringAsync()));

        // One person holding both approving roles approves the first step, and then may not approve the second.
        await senior.DoAsync(receipt, "Approve");
        Assert.Equal(["Assign", "SendBack"], CasePage.Actions(await senior.GetHtmlAsync(CasePage.Url(receipt))));
        Assert.DoesNotContain(receipt, await senior.GetHtmlAsync("/staff?awaitingMe=true"));
        using var twice = await senior.PostActionAsync(receipt, "Approve",
            CasePage.Revision(await senior.GetHtmlAsync(CasePage.Url(receipt))), Html.AntiforgeryToken(await senior.GetHtmlAsync(CasePage.Url(receipt))));
        Assert.Equal(HttpStatusCode.Forbidden, twice.StatusCode);
        Assert.Contains("既に承認しています", CasePage.ErrorSummary(await twice.Content.ReadAsStringAsync()));
        Assert.Equal(ApplicationStatus.AwaitingApproval, (await app.LoadAsync(receipt)).Status);

        await (await app.SignedInAsync("kodomo-manager")).DoAsync(receipt, "Approve");
        Assert.Equal(ApplicationStatus.Completed, (await app.LoadAsync(receipt)).Status);
    }

    [Fact]
    public async Task Acting_on_a_page_someone_else_changed_meanwhile_changes_nothing_and_says_so()
    {
        await app.CreateStaffAsync("kodomo-chief2", "kodomo", DepartmentRole.Chief);
        var receipt = await app.SubmitDemoAsync("jido-teate", "同時操作");
        var clerk = await app.SignedInAsync("kodomo-clerk");
        await clerk.DoAsync(receipt, "StartReview");
        await clerk.DoAsync(receipt, "Draft", Field("Decision", "Completed"), Field("Comment", "起案"));
        var chief = await app.SignedInAsync("kodomo-chief");
        var otherChief = await app.SignedInAsync("kodomo-chief2");
        var seen = await otherChief.GetHtmlAsync(CasePage.Url(receipt));

        await chief.DoAsync(receipt, "Approve");
        using var stale = await otherChief.PostActionAsync(receipt, "SendBack", CasePage.Revision(seen), Html.AntiforgeryToken(seen), Field("Comment", "差し戻し"));

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var html = await stale.Content.ReadAsStringAsync();
        Assert.Contains("この案件は他の方が先に更新しました。", CasePage.ErrorSummary(html));
        Assert.Contains("href=\"#case-actions\"", html);
        var now = await app.LoadAsync(receipt);
        Assert.Equal((ApplicationStatus.AwaitingApproval, 2), (now.Status, now.ApprovalStep!.Value));
        Assert.DoesNotContain(await app.HistoryAsync(receipt), h => h.Action == CaseAction.SendBack);
    }

    [Fact]
    public async Task Of_two_approvals_sent_at_the_same_moment_exactly_one_counts()
    {
        await app.CreateStaffAsync("kodomo-chief3", "kodomo", DepartmentRole.Chief);
        var receipt = await app.SubmitDemoAsync("jido-teate", "同時承認");
        var clerk = await app.SignedInAsync("kodomo-clerk");
        await clerk.DoAsync(receipt, "StartReview");
        await clerk.DoAsync(receipt, "Draft", Field("Decision", "Completed"), Field("Comment", "起案"));
        var first = await app.SignedInAsync("kodomo-chief");
        var second = await app.SignedInAsync("kodomo-chief3");
        var firstPage = await first.GetHtmlAsync(CasePage.Url(receipt));
        var secondPage = await second.GetHtmlAsync(CasePage.Url(receipt));

        var responses = await Task.WhenAll(
            first.PostActionAsync(receipt, "Approve", CasePage.Revision(firstPage), Html.AntiforgeryToken(firstPage)),
            second.PostActionAsync(receipt, "Approve", CasePage.Revision(secondPage), Html.AntiforgeryToken(secondPage)));

        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Conflict], responses.Select(r => r.StatusCode).Order());
        Assert.Single(await app.HistoryAsync(receipt), h => h.Action == CaseAction.ApproveStep);
        Assert.Equal(2, (await app.LoadAsync(receipt)).ApprovalStep);
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task The_case_page_shows_the_due_date_and_marks_it_once_passed()
    {
        var receipt = await app.SubmitDemoAsync("jido-teate", "期限");
        var clerk = await app.SignedInAsync("kodomo-clerk");
        var due = (await app.LoadAsync(receipt)).DueOn!.Value;

        var html = await clerk.GetHtmlAsync(CasePage.Url(receipt));
        Assert.Contains($"data-due-on>{due:yyyy-MM-dd}", html);
        Assert.DoesNotContain("data-overdue", html);

        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MadoguchiDb>();
            var application = await db.Applications.SingleAsync(a => a.ReceiptNumber == receipt);
            application.DueOn = JapanDate.Today(TimeProvider.System).AddDays(-1);
            await db.SaveChangesAsync();
        }
        Assert.Contains("data-overdue", await clerk.GetHtmlAsync(CasePage.Url(receipt)));
    }
}
