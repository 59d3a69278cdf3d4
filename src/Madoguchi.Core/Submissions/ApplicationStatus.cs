using Madoguchi.Core.Cases.Lifecycle;

namespace Madoguchi.Core.Submissions;

/// <summary>
/// Where an application stands. The back office moves it through 受付 → 審査中 → 決裁待ち →
/// 完了 / 却下, with 補正待ち and 取下げ on the side.
/// </summary>
public enum ApplicationStatus
{
    Received,
    UnderReview,
    CorrectionRequested,
    AwaitingApproval,
    Completed,
    Rejected,
    Withdrawn,
}

public static class ApplicationStatusRules
{
    /// <summary>A resident may withdraw (取下げ) until a decision is made.</summary>
    public static bool CanWithdraw(this ApplicationStatus status) =>
        CaseStateMachine.Allows(status, CaseAction.Withdraw, CaseActorKind.Resident);
}
