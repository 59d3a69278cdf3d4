using Madoguchi.Core.Cases.Lifecycle;
using Madoguchi.Core.Submissions;

namespace Madoguchi.Core.Tests.Cases;

public sealed class CaseStateMachineTests
{
    public static TheoryData<ApplicationStatus, CaseAction, CaseActorKind, ApplicationStatus> Allowed => new()
    {
        { ApplicationStatus.Received, CaseAction.StartReview, CaseActorKind.Staff, ApplicationStatus.UnderReview },
        { ApplicationStatus.UnderReview, CaseAction.RequestCorrection, CaseActorKind.Staff, ApplicationStatus.CorrectionRequested },
        { ApplicationStatus.CorrectionRequested, CaseAction.ResubmitCorrection, CaseActorKind.Resident, ApplicationStatus.UnderReview },
        { ApplicationStatus.CorrectionRequested, CaseAction.CancelCorrection, CaseActorKind.Staff, ApplicationStatus.UnderReview },
        { ApplicationStatus.UnderReview, CaseAction.SubmitForApproval, CaseActorKind.Staff, ApplicationStatus.AwaitingApproval },
        { ApplicationStatus.UnderReview, CaseAction.DecideWithoutApproval, CaseActorKind.Staff, ApplicationStatus.Rejected },
        { ApplicationStatus.AwaitingApproval, CaseAction.ApproveStep, CaseActorKind.Staff, ApplicationStatus.AwaitingApproval },
        { ApplicationStatus.AwaitingApproval, CaseAction.ApproveFinally, CaseActorKind.Staff, ApplicationStatus.Rejected },
        { ApplicationStatus.AwaitingApproval, CaseAction.SendBack, CaseActorKind.Staff, ApplicationStatus.UnderReview },
        { ApplicationStatus.Received, CaseAction.Assign, CaseActorKind.Staff, ApplicationStatus.Received },
        { ApplicationStatus.AwaitingApproval, CaseAction.Assign, CaseActorKind.Staff, ApplicationStatus.AwaitingApproval },
        { ApplicationStatus.AwaitingApproval, CaseAction.Withdraw, CaseActorKind.Resident, ApplicationStatus.Withdrawn },
        { ApplicationStatus.Received, CaseAction.Withdraw, CaseActorKind.Resident, ApplicationStatus.Withdrawn },
    };

    [Theory]
    [MemberData(nameof(Allowed))]
    public void The_lifecycle_allows_these_steps(ApplicationStatus from, CaseAction action, CaseActorKind actor, ApplicationStatus to)
    {
        Assert.True(CaseStateMachine.Allows(from, action, actor));
        // The rows that decide use a proposal of 却下, so the target shows it comes from the proposal.
        Assert.Equal(to, CaseStateMachine.Target(from, action, ApplicationStatus.Rejected));
    }

    [Theory]
    [InlineData(ApplicationStatus.Completed)]
    [InlineData(ApplicationStatus.Rejected)]
    [InlineData(ApplicationStatus.Withdrawn)]
    public void A_decided_or_withdrawn_case_allows_nothing(ApplicationStatus final)
    {
        foreach (var actor in Enum.GetValues<CaseActorKind>())
        {
            Assert.Empty(CaseStateMachine.ActionsFrom(final, actor));
        }
    }

    [Fact]
    public void Residents_cannot_take_staff_actions_and_staff_cannot_act_for_residents()
    {
        Assert.False(CaseStateMachine.Allows(ApplicationStatus.Received, CaseAction.StartReview, CaseActorKind.Resident));
        Assert.False(CaseStateMachine.Allows(ApplicationStatus.AwaitingApproval, CaseAction.ApproveFinally, CaseActorKind.Resident));
        Assert.False(CaseStateMachine.Allows(ApplicationStatus.CorrectionRequested, CaseAction.ResubmitCorrection, CaseActorKind.Staff));
        Assert.False(CaseStateMachine.Allows(ApplicationStatus.UnderReview, CaseAction.Withdraw, CaseActorKind.Staff));
    }

    [Fact]
    public void A_decision_is_only_reached_through_final_approval_of_what_the_clerk_proposed()
    {
        foreach (var status in Enum.GetValues<ApplicationStatus>())
        {
            var deciding = new[] { CaseAction.ApproveFinally, CaseAction.DecideWithoutApproval };
            foreach (var action in CaseStateMachine.ActionsFrom(status, CaseActorKind.Staff).Where(a => !deciding.Contains(a)))
            {
                Assert.DoesNotContain(CaseStateMachine.Target(status, action), new[] { ApplicationStatus.Completed, ApplicationStatus.Rejected });
            }
        }
        foreach (var action in new[] { CaseAction.ApproveFinally, CaseAction.DecideWithoutApproval })
        {
            var from = action == CaseAction.ApproveFinally ? ApplicationStatus.AwaitingApproval : ApplicationStatus.UnderReview;
            Assert.Equal(ApplicationStatus.Completed, CaseStateMachine.Target(from, action, ApplicationStatus.Completed));
            Assert.Equal(ApplicationStatus.Rejected, CaseStateMachine.Target(from, action, ApplicationStatus.Rejected));
            Assert.Throws<InvalidOperationException>(() => CaseStateMachine.Target(from, action, null));
            Assert.Throws<InvalidOperationException>(() => CaseStateMachine.Target(from, action, ApplicationStatus.UnderReview));
        }
    }

    [Fact]
    public void Skipping_review_is_refused_with_a_message_naming_the_status()
    {
        Assert.False(CaseStateMachine.Allows(ApplicationStatus.Received, CaseAction.SubmitForApproval, CaseActorKind.Staff));
        var refusal = CaseStateMachine.Refusal(ApplicationStatus.Received, CaseAction.SubmitForApproval);

        Assert.Equal("「受付」の案件に「起案」はできません。", refusal.Ja);
        Assert.Contains("received", refusal.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_status_and_action_has_a_name_in_both_languages()
    {
        foreach (var status in Enum.GetValues<ApplicationStatus>())
        {
            Assert.False(string.IsNullOrWhiteSpace(CaseStateMachine.Names.Ja(status)));
            Assert.False(string.IsNullOrWhiteSpace(CaseStateMachine.Names.En(status)));
        }
        foreach (var action in Enum.GetValues<CaseAction>())
        {
            Assert.False(string.IsNullOrWhiteSpace(CaseStateMachine.Names.Ja(action)));
            Assert.False(string.IsNullOrWhiteSpace(CaseStateMachine.Names.En(action)));
        }
    }

    [Fact]
    public void A_route_of_the_clerk_alone_makes_the_draft_the_decision()
    {
        Assert.Equal(CaseAction.DecideWithoutApproval, CaseStateMachine.DraftAction(Madoguchi.Core.Cases.Approval.ApprovalRoute.Parse("clerk")!));
        Assert.Equal(CaseAction.SubmitForApproval, CaseStateMachine.DraftAction(Madoguchi.Core.Cases.Approval.ApprovalRoute.Parse("clerk chief")!));
    }

    [Fact]
    public void Only_the_last_step_of_a_route_decides()
    {
        var route = Madoguchi.Core.Cases.Approval.ApprovalRoute.Parse("clerk chief manager")!;

        Assert.Equal(CaseAction.ApproveStep, CaseStateMachine.ApprovalAction(route, 1));
        Assert.Equal(CaseAction.ApproveFinally, CaseStateMachine.ApprovalAction(route, 2));
    }

    [Fact]
    public void Assigning_is_open_while_the_case_is_undecided_and_changes_no_status()
    {
        foreach (var status in Enum.GetValues<ApplicationStatus>())
        {
            var open = status is not (ApplicationStatus.Completed or ApplicationStatus.Rejected or ApplicationStatus.Withdrawn);
            Assert.Equal(open, CaseStateMachine.Allows(status, CaseAction.Assign, CaseActorKind.Staff));
            if (open)
            {
                Assert.Equal(status, CaseStateMachine.Target(status, CaseAction.Assign));
            }
        }
    }
}
