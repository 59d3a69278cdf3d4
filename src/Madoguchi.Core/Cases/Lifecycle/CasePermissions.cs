using Madoguchi.Core.Cases.Approval;
using Madoguchi.Core.Identity;
using Madoguchi.Core.Submissions;
using Madoguchi.Japanese;

namespace Madoguchi.Core.Cases.Lifecycle;

/// <summary>
/// Who may take a staff action on a case now: the state machine says when, this says who.
/// Callers have already scoped the case to the person's departments (another department's case is 404).
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Handling (審査開始, 起案, 決定) is the clerk's (担当). Once a case has a 担当者, only that clerk handles it;
/// a colleague first takes it over ("assign to me").</item>
/// <item>Assigning is open to the department's clerks, chiefs and managers; the new 担当者 must be a clerk there.</item>
/// <item>At an approval step only a holder of that step's role acts (承認 or 差戻し).</item>
/// <item>Separation of duties (職務の分離): nobody approves their own 起案, and nobody approves twice in one round,
/// even holding two roles of the route. A send-back is always open to the step's role holders.</item>
/// </list>
/// </remarks>
public static class CasePermissions
{
    /// <summary>The staff actions this page offers, in the order they are shown.</summary>
    public static readonly CaseAction[] StaffActions =
    [
        CaseAction.Assign, CaseAction.StartReview, CaseAction.SubmitForApproval, CaseAction.DecideWithoutApproval,
        CaseAction.ApproveStep, CaseAction.ApproveFinally, CaseAction.SendBack,
    ];

    /// <summary>Why <paramref name="who"/> may not take <paramref name="action"/> now; null when they may.</summary>
    /// <param name="application">The case, with its procedure loaded.</param>
    /// <param name="approvedThisRound">Staff ids who already approved a step of the current round.</param>
    public static Message? Refusal(CaseAction action, Application application, CaseStaff who, IReadOnlySet<string> approvedThisRound)
    {
        if (!CaseStateMachine.Allows(application.Status, action, CaseActorKind.Staff))
        {
            return CaseStateMachine.Refusal(application.Status, action);
        }
        return action switch
        {
            CaseAction.Assign => who.Holds(DepartmentRole.Clerk) || who.Holds(DepartmentRole.Chief) || who.Holds(DepartmentRole.Manager)
                ? null
                : RoleNeeded(action, DepartmentRole.Clerk, DepartmentRole.Chief, DepartmentRole.Manager),
            CaseAction.StartReview or CaseAction.RequestCorrection or CaseAction.CancelCorrection => Handling(action, application, who),
            CaseAction.SubmitForApproval or CaseAction.DecideWithoutApproval => Handling(action, application, who) ?? Drafting(action, application),
            CaseAction.ApproveStep or CaseAction.ApproveFinally => Approving(action, application, who, approvedThisRound),
            CaseAction.SendBack => AtStep(application, who),
            CaseAction.ResubmitCorrection or CaseAction.Withdraw => CaseStateMachine.Refusal(application.Status, action),
        };
    }

    /// <summary>The actions of <see cref="StaffActions"/> that <paramref name="who"/> may take now, for showing only buttons that work.</summary>
    public static IReadOnlyList<CaseAction> Available(Application application, CaseStaff who, IReadOnlySet<string> approvedThisRound) =>
        [.. StaffActions.Where(a => Refusal(a, application, who, approvedThisRound) is null)];

    public static readonly Message NotTheAssignee = new(
        "この案件は別の担当者が担当しています。処理するには、先に担当者を自分に変更してください。",
        "Another clerk is assigned to this case. Assign it to yourself first.");

    public static readonly Message OwnDraft = new(
        "自分が起案した案件は承認できません（職務の分離）。",
        "You cannot approve a proposal you drafted yourself (separation of duties).");

    public static readonly Message ApprovedAlready = new(
        "この決裁では既に承認しています。同じ人が一つの決裁で二度承認することはできません（職務の分離）。",
        "You already approved a step of this round; one person cannot approve twice (separation of duties).");

    public static readonly Message InvalidRoute = new(
        "この手続きの決裁ルートが正しく設定されていないため、起案できません。手続きの作成者に連絡してください。",
        "This procedure's approval route is not set up correctly, so nothing can be submitted. Contact the procedure's author.");

    private static Message? Handling(CaseAction action, Application application, CaseStaff who)
    {
        if (!who.Holds(DepartmentRole.Clerk))
        {
            return RoleNeeded(action, DepartmentRole.Clerk);
        }
        return application.AssignedToId is { } assignee && assignee != who.StaffMemberId ? NotTheAssignee : null;
    }

    // 起案 and 決定 are the same act; which one applies follows from the procedure's route.
    private static Message? Drafting(CaseAction action, Application application)
    {
        if (ApprovalRoute.Parse(application.Procedure.ApprovalRoute) is not { } route)
        {
            return InvalidRoute;
        }
        return CaseStateMachine.DraftAction(route) == action ? null : CaseStateMachine.Refusal(application.Status, action);
    }

    private static Message? Approving(CaseAction action, Application application, CaseStaff who, IReadOnlySet<string> approvedThisRound)
    {
        if (AtStep(application, who) is { } notAtStep)
        {
            return notAtStep;
        }
        if (ApprovalRoute.Parse(application.ApprovalRoute) is not { } route || CaseStateMachine.ApprovalAction(route, application.ApprovalStep!.Value) != action)
        {
            return CaseStateMachine.Refusal(application.Status, action);
        }
        if (application.DraftedById == who.StaffMemberId)
        {
            return OwnDraft;
        }
        return approvedThisRound.Contains(who.StaffMemberId) ? ApprovedAlready : null;
    }

    private static Message? AtStep(Application application, CaseStaff who) =>
        application.ApprovalStepRole is { } role && who.Holds(role) ? null
        : application.ApprovalStepRole is { } awaited
            ? new Message(
                $"いまの段階の承認・差戻しは{CaseStateMachine.Names.Ja(awaited)}が行います。",
                $"At this step only a {CaseStateMachine.Names.En(awaited)} can approve or send back.")
            : CaseStateMachine.Refusal(application.Status, CaseAction.ApproveStep);

    private static Message RoleNeeded(CaseAction action, params DepartmentRole[] roles) => new(
        $"「{CaseStateMachine.Names.Ja(action)}」は{string.Join("・", roles.Select(CaseStateMachine.Names.Ja))}の役割を持つ職員が行います。",
        $"Only a {string.Join(" or ", roles.Select(CaseStateMachine.Names.En))} of the department can {CaseStateMachine.Names.En(action)}.");
}
