using Madoguchi.Core.Cases.Inbox;
using Madoguchi.Core.Cases.Lifecycle;
using Madoguchi.Core.Submissions;

namespace Madoguchi.Core.Cases.Exports.Csv;

/// <summary>The inbox as a table of text: the columns a clerk sees on the page, in Japanese.</summary>
internal static class InboxCsv
{
    public static readonly string[] Header = ["受付番号", "手続き", "申請者", "受付日時", "状況", "処理期限", "期限超過"];

    public static string[] Record(InboxRow row, DateOnly today) =>
    [
        row.ReceiptNumber,
        row.ProcedureTitleJa,
        row.ApplicantName ?? "",
        JapanDate.ToJapan(row.SubmittedAt).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture),
        CaseStateMachine.Names.Ja(row.Status),
        row.DueOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "",
        row.IsOverdue(today) ? "期限超過" : "",
    ];
}
