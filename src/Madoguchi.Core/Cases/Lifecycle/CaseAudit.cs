using Madoguchi.Core.Audit;

namespace Madoguchi.Core.Cases.Lifecycle;

/// <summary>How a case change appears in the audit log: its action code and who did it.</summary>
public static class CaseAudit
{
    public static string ActionFor(CaseAction action) => action switch
    {
        CaseAction.Assign => AuditActions.CaseAssigned,
        CaseAction.StartReview => AuditActions.CaseReviewStarted,
        CaseAction.RequestCorrection => AuditActions.CaseCorrectionRequested,
        CaseAction.CancelCorrection => AuditActions.CaseCorrectionCancelled,
        CaseAction.ResubmitCorrection => AuditActions.CaseCorrectionResubmitted,
        CaseAction.SubmitForApproval => AuditActions.CaseSubmittedForApproval,
        CaseAction.DecideWithoutApproval => AuditActions.CaseDecidedWithoutApproval,
        CaseAction.ApproveStep => AuditActions.CaseApprovalStep,
        CaseAction.ApproveFinally => AuditActions.CaseApprovedFinally,
        CaseAction.SendBack => AuditActions.CaseSentBack,
        CaseAction.Withdraw => AuditActions.CaseWithdrawn,
    };

    public static AuditActor ActorFor(CaseActor actor) => actor.Kind switch
    {
        CaseActorKind.Staff => AuditActor.Staff(actor.StaffMemberId!, actor.Name, actor.UserName),
        CaseActorKind.Resident => AuditActor.Resident,
        CaseActorKind.System => AuditActor.System,
    };
}
