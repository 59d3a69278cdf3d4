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
