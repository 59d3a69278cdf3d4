using Madoguchi.Core.Identity;
using Madoguchi.Core.Submissions;

namespace Madoguchi.Core.Cases.Lifecycle;

/// <summary>
/// One line of a case's history (経過): who did what, when and why. Entries are only ever added.
/// The receipt itself is not stored here; it is the application's SubmittedAt, so intake writes
/// nothing extra.
/// </summary>
public sealed class CaseHistoryEntry
{
    public long Id { get; set; }
    public Guid ApplicationId { get; set; }
    public DateTimeOffset At { get; set; }

    public CaseEventKind Kind { get; set; }

    /// <summary>Set when the entry is a status change made through <see cref="CaseStateMachine"/>.</summary>
    public CaseAction? Action { get; set; }
    public ApplicationStatus? FromStatus { get; set; }
    public ApplicationStatus? ToStatus { get; set; }

    public CaseActorKind ActorKind { get; set; }

    /// <summary>The staff member who acted; null for residents and the system.</summary>
    public string? StaffMemberId { get; set; }

    /// <summary>The actor's name as it was at the time (names change; history must not).</summary>
    public required string ActorName { get; set; }

    /// <summary>The reason or comment given with the action, as typed.</summary>
    public string? Comment { get; set; }

    /// <summary>For 起案, approval steps, 差戻し and decisions: the approval round this line belongs to.</summary>
    public int? ApprovalRound { get; set; }

    /// <summary>The step of the route acted at (0 = the clerk's 起案, 1 = first approver …).</summary>
    public int? ApprovalStep { get; set; }

    /// <summary>The department role the person acted in (担当, 係長, 課長), as the stamp column shows it.</summary>
    public DepartmentRole? Role { get; set; }

    /// <summary>For 起案: the decision proposed (完了 or 却下).</summary>
    public ApplicationStatus? ProposedDecision { get; set; }

    /// <summary>For <see cref="CaseEventKind.Assigned"/>: the new 担当者 and their name as it was.</summary>
    public string? AssigneeId { get; set; }

    public string? AssigneeName { get; set; }

    /// <summary>For <see cref="CaseEventKind.Assigned"/>: the previous 担当者's name, null when there was none.</summary>
    public string? PreviousAssigneeName { get; set; }
}

/// <summary>What kind of history line this is.</summary>
public enum CaseEventKind
{
    /// <summary>A status change (see <see cref="CaseHistoryEntry.Action"/>).</summary>
    StatusChanged,

    /// <summary>An approval step other than the last one (e.g. 係長 approves, 課長 is next).</summary>
    ApprovalStep,

    /// <summary>担当者 set or changed.</summary>
    Assigned,
}
