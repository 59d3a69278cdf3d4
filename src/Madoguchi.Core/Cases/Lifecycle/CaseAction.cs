namespace Madoguchi.Core.Cases.Lifecycle;

/// <summary>What someone does to a case. Each action is allowed only from certain statuses (<see cref="CaseStateMachine"/>).</summary>
public enum CaseAction
{
    /// <summary>審査開始: a clerk starts examining a received application.</summary>
    StartReview,

    /// <summary>補正依頼: a clerk asks the resident to correct answers.</summary>
    RequestCorrection,

    /// <summary>補正取消: the clerk takes the request back before the resident answers.</summary>
    CancelCorrection,

    /// <summary>補正提出: the resident sends the corrected answers.</summary>
    ResubmitCorrection,

    /// <summary>起案: the clerk proposes a decision (完了 or 却下) and sends it up the approval route.</summary>
    SubmitForApproval,

    /// <summary>
    /// 決定（決裁なし）: the clerk decides at once. Only for a procedure whose approval route is the
    /// clerk alone: there is nobody to approve, so the 起案 is the decision.
    /// </summary>
    DecideWithoutApproval,

    /// <summary>承認: an approver other than the last approves; the next step of the route is awaited. The status stays 決裁待ち.</summary>
    ApproveStep,

    /// <summary>差戻し: an approver sends the proposal back to the clerk.</summary>
    SendBack,

    /// <summary>決裁: the last approver approves; the proposed decision becomes final.</summary>
    ApproveFinally,

    /// <summary>取下げ: the resident withdraws the application.</summary>
    Withdraw,

    /// <summary>担当者の割当て: a clerk of the department becomes (or replaces) the 担当者. The status does not change.</summary>
    Assign,
}

/// <summary>Who acts: staff act on cases in their own departments, residents on their own application.</summary>
public enum CaseActorKind
{
    Staff,
    Resident,
    System,
}
