namespace Madoguchi.Core.Cases.Exports.Pdf;

/// <summary>
/// What the case PDF shows, as text: the application as answered, its files, its record (history
/// and approval stamps). The renderer only lays this out; it reads nothing else.
/// </summary>
public sealed record CaseSheet
{
    public required string ProcedureTitle { get; init; }
    public required string ReceiptNumber { get; init; }
    public required string DepartmentName { get; init; }

    /// <summary>申請者, 受付日時, 状況, 処理期限 and the like, in the order shown.</summary>
    public required IReadOnlyList<SheetField> Summary { get; init; }

    /// <summary>The answers, one section per page of the form version answered.</summary>
    public required IReadOnlyList<SheetSection> Answers { get; init; }

    public required IReadOnlyList<SheetAttachment> Attachments { get; init; }
    public required CaseRecord Record { get; init; }
    public required DateTimeOffset PrintedAt { get; init; }
    public required string PrintedBy { get; init; }
}

/// <summary>A label and its value; <paramref name="Depth"/> indents the items of a repeating group.</summary>
public sealed record SheetField(string Label, string Value, int Depth = 0);

public sealed record SheetSection(string Title, IReadOnlyList<SheetField> Fields);

public sealed record SheetAttachment(string FileName, string ContentType, long Length);

/// <summary>What the answers of a case look like, made by whoever knows how answers are displayed.</summary>
public sealed record CaseAnswers(IReadOnlyList<SheetField> Summary, IReadOnlyList<SheetSection> Sections);

/// <summary>The case's record: its history (経過) and the approval stamps (決裁欄), read in one place (<see cref="CaseRecordReader"/>).</summary>
public sealed record CaseRecord(IReadOnlyList<HistoryLine> History, IReadOnlyList<Stamp> Stamps);

public sealed record HistoryLine(DateTimeOffset At, string What, string Who, string? Comment);

/// <summary>One box of the 決裁欄: the role, and who approved and when (empty until then).</summary>
public sealed record Stamp(string Role, string? Name = null, DateTimeOffset? At = null);
