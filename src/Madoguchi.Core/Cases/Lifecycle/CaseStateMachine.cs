using Madoguchi.Core.Cases.Approval;
using Madoguchi.Core.Identity;
using Madoguchi.Core.Submissions;
using Madoguchi.Japanese;

namespace Madoguchi.Core.Cases.Lifecycle;

/// <summary>
/// The case lifecycle as one table: 受付 → 審査中 → 決裁待ち → 完了 / 却下, with 補正待ち beside 審査中
/// and 取下げ from any undecided status. Nothing else may change an application's status.
/// </summary>
/// <remarks>
/// Intermediate approval steps (係長 before 課長, <see cref="CaseAction.ApproveStep"/>) keep the case
/// 決裁待ち; they are history lines. Only the last step's approval (<see cref="CaseAction.ApproveFinally"/>)
/// makes the proposed decision final, so its target depends on what the clerk proposed. A route of the
/// clerk alone has no approver: the clerk's 起案 is then <see cref="CaseAction.DecideWithoutApproval"/>,
/// final at once (<see cref="DraftAction"/>). Assigning the 担当者 changes no status but is allowed only
/// while the case is undecided. Who may take an action (roles, separation of duties) is
/// <see cref="CasePermissions"/>; this table only says when.
/// </remarks>
public static class CaseStateMachine
{
    private sealed record Rule(ApplicationStatus From, CaseAction Action, CaseActorKind Actor);

    private static readonly Rule[] Rules =
    [
        new(ApplicationStatus.Received, CaseAction.StartReview, CaseActorKind.Staff),
        new(ApplicationStatus.UnderReview, CaseAction.RequestCorrection, CaseActorKind.Staff),
        new(ApplicationStatus.CorrectionRequested, CaseAction.CancelCorrection, CaseActorKind.Staff),
        new(ApplicationStatus.CorrectionRequested, CaseAction.ResubmitCorrection, CaseActorKind.Resident),
        new(ApplicationStatus.UnderReview, CaseAction.SubmitForApproval, CaseActorKind.Staff),
        new(ApplicationStatus.UnderReview, CaseAction.DecideWithoutApproval, CaseActorKind.Staff),
        new(ApplicationStatus.AwaitingApproval, CaseAction.ApproveStep, CaseActorKind.Staff),
        new(ApplicationStatus.AwaitingApproval, CaseAction.SendBack, CaseActorKind.Staff),
        new(ApplicationStatus.AwaitingApproval, CaseAction.ApproveFinally, CaseActorKind.Staff),
        new(ApplicationStatus.Received, CaseAction.Withdraw, CaseActorKind.Resident),
        new(ApplicationStatus.UnderReview, CaseAction.Withdraw, CaseActorKind.Resident),
        new(ApplicationStatus.CorrectionRequested, CaseAction.Withdraw, CaseActorKind.Resident),
        new(ApplicationStatus.AwaitingApproval, CaseAction.Withdraw, CaseActorKind.Resident),
        new(ApplicationStatus.Received, CaseAction.Assign, CaseActorKind.Staff),
        new(ApplicationStatus.UnderReview, CaseAction.Assign, CaseActorKind.Staff),
        new(ApplicationStatus.CorrectionRequested, CaseAction.Assign, CaseActorKind.Staff),
        new(ApplicationStatus.AwaitingApproval, CaseAction.Assign, CaseActorKind.Staff),
    ];

    /// <summary>Whether <paramref name="actor"/> may take <paramref name="action"/> on a case in <paramref name="from"/>.</summary>
    public static bool Allows(ApplicationStatus from, CaseAction action, CaseActorKind actor) =>
        Rules.Any(r => r.From == from && r.Action == action && r.Actor == actor);

    /// <summary>The actions open to <paramref name="actor"/> in <paramref name="status"/>, for showing only buttons that work.</summary>
    public static IReadOnlyList<CaseAction> ActionsFrom(ApplicationStatus status, CaseActorKind actor) =>
        [.. Rules.Where(r => r.From == status && r.Actor == actor).Select(r => r.Action)];

    /// <summary>
    /// The status after <paramref name="action"/> taken in <paramref name="from"/>. <paramref name="proposedDecision"/>
    /// is what the clerk proposed at 起案 and is needed only for the actions that decide.
    /// </summary>
    public static ApplicationStatus Target(ApplicationStatus from, CaseAction action, ApplicationStatus? proposedDecision = null) => action switch
    {
        CaseAction.StartReview => ApplicationStatus.UnderReview,
        CaseAction.RequestCorrection => ApplicationStatus.CorrectionRequested,
        CaseAction.CancelCorrection => ApplicationStatus.UnderReview,
        CaseAction.ResubmitCorrection => ApplicationStatus.UnderReview,
        CaseAction.SubmitForApproval => ApplicationStatus.AwaitingApproval,
        CaseAction.ApproveStep => ApplicationStatus.AwaitingApproval,
        CaseAction.SendBack => ApplicationStatus.UnderReview,
        CaseAction.ApproveFinally or CaseAction.DecideWithoutApproval => proposedDecision is ApplicationStatus.Completed or ApplicationStatus.Rejected
            ? proposedDecision.Value
            : throw new InvalidOperationException("A decision needs the proposed decision (完了 or 却下)."),
        CaseAction.Withdraw => ApplicationStatus.Withdrawn,
        CaseAction.Assign => from,
    };

    /// <summary>What the clerk's 起案 is on <paramref name="route"/>: sent for approval, or final at once when nobody approves.</summary>
    public static CaseAction DraftAction(ApprovalRoute route) =>
        route.HasApprovers ? CaseAction.SubmitForApproval : CaseAction.DecideWithoutApproval;

    /// <summary>What approving at <paramref name="step"/> of <paramref name="route"/> is: the last step decides, earlier ones pass it on.</summary>
    public static CaseAction ApprovalAction(ApprovalRoute route, int step) =>
        route.IsLast(step) ? CaseAction.ApproveFinally : CaseAction.ApproveStep;

    /// <summary>The message shown when an action is refused, naming the status the case is in.</summary>
    public static Message Refusal(ApplicationStatus from, CaseAction action) =>
        new($"「{Names.Ja(from)}」の案件に「{Names.Ja(action)}」はできません。",
            $"A case that is \"{Names.En(from)}\" cannot be given \"{Names.En(action)}\".");

    /// <summary>Names staff and residents see, in Japanese and English.</summary>
    public static class Names
    {
        public static string Ja(ApplicationStatus status) => status switch
        {
            ApplicationStatus.Received => "受付",
            ApplicationStatus.UnderReview => "審査中",
            ApplicationStatus.CorrectionRequested => "補正待ち",
            ApplicationStatus.AwaitingApproval => "決裁待ち",
            ApplicationStatus.Completed => "完了",
            ApplicationStatus.Rejected => "却下",
            ApplicationStatus.Withdrawn => "取下げ",
        };

        public static string En(ApplicationStatus status) => status switch
        {
            ApplicationStatus.Received => "received",
            ApplicationStatus.UnderReview => "under review",
            ApplicationStatus.CorrectionRequested => "correction requested",
            ApplicationStatus.AwaitingApproval => "awaiting approval",
            ApplicationStatus.Completed => "completed",
            ApplicationStatus.Rejected => "rejected",
            ApplicationStatus.Withdrawn => "withdrawn",
        };

        public static string Ja(CaseAction action) => action switch
        {
            CaseAction.StartReview => "審査開始",
            CaseAction.RequestCorrection => "補正依頼",
            CaseAction.CancelCorrection => "補正取消",
            CaseAction.ResubmitCorrection => "補正提出",
            CaseAction.SubmitForApproval => "起案",
            CaseAction.DecideWithoutApproval => "決定（決裁なし）",
            CaseAction.ApproveStep => "承認",
            CaseAction.SendBack => "差戻し",
            CaseAction.ApproveFinally => "決裁",
            CaseAction.Withdraw => "取下げ",
            CaseAction.Assign => "担当者の割当て",
        };

        public static string En(CaseAction action) => action switch
        {
            CaseAction.StartReview => "start review",
            CaseAction.RequestCorrection => "request a correction",
            CaseAction.CancelCorrection => "cancel the correction request",
            CaseAction.ResubmitCorrection => "resubmit with corrections",
            CaseAction.SubmitForApproval => "submit for approval",
            CaseAction.DecideWithoutApproval => "decide (no approval needed)",
            CaseAction.ApproveStep => "approve",
            CaseAction.SendBack => "send back",
            CaseAction.ApproveFinally => "final approval",
            CaseAction.Withdraw => "withdraw",
            CaseAction.Assign => "assign",
        };

        public static string Ja(DepartmentRole role) => role switch
        {
            DepartmentRole.Clerk => "担当",
            DepartmentRole.Chief => "係長",
            DepartmentRole.Manager => "課長",
            DepartmentRole.Author => "手続き作成者",
        };

        public static string En(DepartmentRole role) => role switch
        {
            DepartmentRole.Clerk => "clerk",
            DepartmentRole.Chief => "chief",
            DepartmentRole.Manager => "manager",
            DepartmentRole.Author => "procedure author",
        };
    }
}
