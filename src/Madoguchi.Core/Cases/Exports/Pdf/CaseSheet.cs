using Madoguchi.Core.Cases.Approval;
using Madoguchi.Core.Cases.Lifecycle;
using Madoguchi.Core.Submissions;

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

/// <summary>
/// What is known about a case when it is printed: the application (with its procedure, department,
/// form version and files), its history and approval record as the case page reads them, and who handles it.
/// </summary>
public sealed record CaseFacts(Application Application, IReadOnlyList<CaseHistoryEntry> History, ApprovalRecord Approvals, string? AssigneeName);

/// <summary>A case put into words, made by whoever knows how answers, history lines and stamps are worded.</summary>
public sealed record CaseContent(IReadOnlyList<SheetField> Summary, IReadOnlyList<SheetSection> Sections, CaseRecord Record);

/// <summary>The case's record: its history (経過) and the approval stamps (決裁欄).</summary>
public sealed record CaseRecord(IReadOnlyList<HistoryLine> History, IReadOnlyList<Stamp> Stamps);

public sealed record HistoryLine(DateTimeOffset At, string What, string Who, string? Comment);

/// <summary>
/// One box of the 決裁欄: its heading (起案, 係長, 課長), and who acted and when; <paramref name="Note"/>
/// says what an empty box waits for (承認待ち, 未) or what happened beside the seal (差戻し).
/// </summary>
public sealed record Stamp(string Heading, string? Name = null, DateTimeOffset? At = null, string? Note = null);
