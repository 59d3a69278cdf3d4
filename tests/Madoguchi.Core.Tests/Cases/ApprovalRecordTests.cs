using Madoguchi.Core.Cases.Approval;
using Madoguchi.Core.Cases.Lifecycle;
using Madoguchi.Core.Identity;
using Madoguchi.Core.Submissions;

namespace Madoguchi.Core.Tests.Cases;

public sealed class ApprovalRecordTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 2, 0, 30, 0, TimeSpan.Zero);
    private long nextId;

    private CaseHistoryEntry Line(CaseAction action, string who, int? round = null, int? step = null, DepartmentRole? role = null, ApplicationStatus? proposed = null) => new()
    {
        Id = ++nextId,
        At = Start.AddHours(nextId),
        Kind = action switch
        {
            CaseAction.ApproveStep => CaseEventKind.ApprovalStep,
            CaseAction.Assign => CaseEventKind.Assigned,
            _ => CaseEventKind.StatusChanged,
        },
        Action = action,
        ActorName = who,
        ApprovalRound = round,
        ApprovalStep = step,
        Role = role,
        ProposedDecision = proposed,
    };

    private static Application Case(ApplicationStatus status, int round, int? step = null, string route = "clerk chief manager") => new()
    {
        ReceiptNumber = "K7Q-4MX-93P",
        DataJson = "{}",
        Status = status,
        ApprovalRound = round,
        ApprovalRoute = route,
        ApprovalStep = step,
    };

    [Fact]
    public void A_round_in_approval_stamps_who_acted_and_shows_the_steps_still_to_come()
    {
        var history = new[]
        {
            Line(CaseAction.Assign, "担当 花子"),
            Line(CaseAction.StartReview, "担当 花子"),
            Line(CaseAction.SubmitForApproval, "担当 花子", 1, 0, DepartmentRole.Clerk, ApplicationStatus.Completed),
            Line(CaseAction.ApproveStep, "係長 一郎", 1, 1, DepartmentRole.Chief),
        };

        var record = ApprovalRecord.From(Case(ApplicationStatus.AwaitingApproval, 1, 2), history);

        var round = Assert.Single(record.Rounds);
        Assert.Equal(RoundOutcome.InApproval, round.Outcome);
        Assert.Equal(ApplicationStatus.Completed, round.ProposedDecision);
        Assert.Equal(
            [(0, StampState.Drafted, "担当 花子"), (1, StampState.Approved, "係長 一郎"), (2, StampState.Awaiting, (string?)null)],
            round.Stamps.Select(s => (s.Step, s.State, s.Name)));
        Assert.Equal(DepartmentRole.Manager, round.Stamps[2].Role);
    }

    [Fact]
    public void A_send_back_ends_a_round_and_the_next_draft_starts_another()
    {
        var history = new[]
        {
            Line(CaseAction.SubmitForApproval, "担当", 1, 0, DepartmentRole.Clerk, ApplicationStatus.Rejected),
            Line(CaseAction.ApproveStep, "係長", 1, 1, DepartmentRole.Chief),
            Line(CaseAction.SendBack, "課長", 1, 2, DepartmentRole.Manager),
            Line(CaseAction.SubmitForApproval, "担当", 2, 0, DepartmentRole.Clerk, ApplicationStatus.Completed),
            Line(CaseAction.ApproveStep, "係長", 2, 1, DepartmentRole.Chief),
            Line(CaseAction.ApproveFinally, "課長", 2, 2, DepartmentRole.Manager),
        };

        var record = ApprovalRecord.From(Case(ApplicationStatus.Completed, 2), history);

        Assert.Equal([RoundOutcome.SentBack, RoundOutcome.Decided], record.Rounds.Select(r => r.Outcome));
        Assert.Equal(StampState.SentBack, record.Rounds[0].Stamps[^1].State);
        Assert.Equal(ApplicationStatus.Rejected, record.Rounds[0].ProposedDecision);
        Assert.Equal(2, record.Latest!.Round);
        Assert.Equal(ApplicationStatus.Completed, record.Latest.ProposedDecision);
        Assert.Equal([StampState.Drafted, StampState.Approved, StampState.Decided], record.Latest.Stamps.Select(s => s.State));
    }

    [Fact]
    public void A_route_of_the_clerk_alone_has_one_stamp_that_decides()
    {
        var history = new[] { Line(CaseAction.DecideWithoutApproval, "担当", 1, 0, DepartmentRole.Clerk, ApplicationStatus.Completed) };

        var record = ApprovalRecord.From(Case(ApplicationStatus.Completed, 1, route: "clerk"), history);

        var stamp = Assert.Single(record.Latest!.Stamps);
        Assert.Equal(StampState.Decided, stamp.State);
        Assert.Equal(RoundOutcome.Decided, record.Latest.Outcome);
    }

    [Fact]
    public void Withdrawing_during_approval_ends_the_round_as_withdrawn()
    {
        var history = new[]
        {
            Line(CaseAction.SubmitForApproval, "担当", 1, 0, DepartmentRole.Clerk, ApplicationStatus.Completed),
            Line(CaseAction.Withdraw, "申請者"),
        };

        var record = ApprovalRecord.From(Case(ApplicationStatus.Withdrawn, 1), history);

        Assert.Equal(RoundOutcome.Withdrawn, record.Latest!.Outcome);
        Assert.Single(record.Latest.Stamps);
    }

    [Fact]
    public void A_case_never_drafted_has_no_approval_record() =>
        Assert.Null(ApprovalRecord.From(Case(ApplicationStatus.UnderReview, 0), [Line(CaseAction.StartReview, "担当")]).Latest);
}
