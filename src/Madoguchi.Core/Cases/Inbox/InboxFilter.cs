using Madoguchi.Core.Submissions;

namespace Madoguchi.Core.Cases.Inbox;

/// <summary>Whose cases the inbox shows.</summary>
public enum AssigneeChoice
{
    Anyone,
    Me,
    Unassigned,

    /// <summary>One named clerk (<see cref="InboxFilter.AssigneeId"/>).</summary>
    Named,
}

/// <summary>
/// A checked inbox filter: every value here is known to be valid for the member it was read for
/// (<see cref="ReadInboxFilter"/>). The inbox, its CSV export and anything else listing cases apply it
/// with <see cref="ListInbox.Matching"/>.
/// </summary>
public sealed record InboxFilter
{
    public static InboxFilter None { get; } = new();

    /// <summary>受付番号 in its canonical form.</summary>
    public string? ReceiptNumber { get; init; }

    public ApplicationStatus? Status { get; init; }

    public AssigneeChoice Assignee { get; init; }

    public string? AssigneeId { get; init; }

    public int? ProcedureId { get; init; }

    /// <summary>Only cases past their 処理期限 while the office owes the next step (<see cref="Lifecycle.CaseDeadline"/>).</summary>
    public bool OverdueOnly { get; init; }

    /// <summary>Only cases whose current approval step the member may approve now.</summary>
    public bool AwaitingMyApproval { get; init; }

    /// <summary>The applicant name's search key (kana and kanji folded, no spaces).</summary>
    public string? ApplicantNameKey { get; init; }

    /// <summary>Received on or after this date in Japan.</summary>
    public DateOnly? SubmittedFrom { get; init; }

    /// <summary>Received on or before this date in Japan.</summary>
    public DateOnly? SubmittedTo { get; init; }
}

/// <summary>The inbox filter as typed into the page's form (query string values), before checking.</summary>
public sealed record InboxFilterInput(
    string? Receipt = null, string? Status = null, string? Assignee = null, string? Procedure = null,
    string? Overdue = null, string? AwaitingMe = null, string? Name = null, string? From = null, string? To = null);
