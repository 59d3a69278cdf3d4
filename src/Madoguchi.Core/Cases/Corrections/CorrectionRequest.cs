namespace Madoguchi.Core.Cases.Corrections;

/// <summary>
/// 補正依頼: a clerk asks the resident to correct some answers by a deadline. At most one request
/// of an application is open at a time (the case is then 補正待ち); each later one is a new round.
/// </summary>
public sealed class CorrectionRequest
{
    public long Id { get; set; }
    public Guid ApplicationId { get; set; }

    /// <summary>1 for the application's first request, then 2, 3, …</summary>
    public int Round { get; set; }

    public DateTimeOffset RequestedAt { get; set; }
    public required string RequestedByStaffMemberId { get; set; }

    /// <summary>The clerk's name as it was at the time.</summary>
    public required string RequestedByName { get; set; }

    /// <summary>What the resident is asked to do, as the clerk typed it (plain text).</summary>
    public required string Message { get; set; }

    /// <summary>
    /// The answers opened for editing, as data paths separated by spaces: top-level keys
    /// ("phone", "items") and fields of one repeating-group item ("items[1].quantity").
    /// </summary>
    public required string FieldPaths { get; set; }

    /// <summary>The deadline as asked, in 開庁日, and the date it gives on the city's calendar.</summary>
    public int BusinessDays { get; set; }
    public DateOnly DeadlineOn { get; set; }

    public CorrectionState State { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>Who closed it: the clerk who cancelled it, or the applicant who answered.</summary>
    public string? ClosedByName { get; set; }

    public string? CancelReason { get; set; }

    /// <summary>Answered after <see cref="DeadlineOn"/> (accepted, but the clerk sees it was late).</summary>
    public bool AnsweredLate { get; set; }

    /// <summary>The resident's edits in progress (all answers, flagged ones as typed), kept across visits.</summary>
    public string? PendingAnswersJson { get; set; }

    /// <summary>The revision of the answers the resident's resubmission created.</summary>
    public int? RevisionNumber { get; set; }

    public IReadOnlyList<string> Paths => CorrectionFields.Split(FieldPaths);
}

public enum CorrectionState
{
    Open,
    Cancelled,
    Answered,
}
