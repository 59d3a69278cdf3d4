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
        { ApplicationStatus.AwaitingApproval, CaseAction.SendBack, CaseActorKind.Staff, ApplicationStatus.UnderReview },
        { ApplicationStatus.AwaitingApproval, CaseAction.Withdraw, CaseActorKind.Resident, ApplicationStatus.Withdrawn },
        { ApplicationStatus.Received, CaseAction.Withdraw, CaseActorKind.Resident, ApplicationStatus.Withdrawn },
    };

    [Theory]
    [MemberData(nameof(Allowed))]
    public void The_lifecycle_allows_these_steps(ApplicationStatus from, CaseAction action, CaseActorKind actor, ApplicationStatus to)
    {
        Assert.True(CaseStateMachine.Allows(from, action, actor));
        Assert.Equal(to, CaseStateMachine.Target(action));
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
            foreach (var action in CaseStateMachine.ActionsFrom(status, CaseActorKind.Staff).Where(a => a != CaseAction.ApproveFinally))
            {
                Assert.DoesNotContain(CaseStateMachine.Target(action), new[] { ApplicationStatus.Completed, ApplicationStatus.Rejected });
            }
        }
        Assert.Equal(ApplicationStatus.Completed, CaseStateMachine.Target((ApplicationStatus)CaseAction.ApproveFinally, (CaseAction)ApplicationStatus.Completed));
        Assert.Equal(ApplicationStatus.Rejected, CaseStateMachine.Target((ApplicationStatus)CaseAction.ApproveFinally, (CaseAction)ApplicationStatus.Rejected));
        Assert.Throws<InvalidOperationException>(() => CaseStateMachine.Target(CaseAction.ApproveFinally, null));
        Assert.Throws<InvalidOperationException>(() => CaseStateMachine.Target((ApplicationStatus)CaseAction.ApproveFinally, (CaseAction)ApplicationStatus.UnderReview));
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
}
