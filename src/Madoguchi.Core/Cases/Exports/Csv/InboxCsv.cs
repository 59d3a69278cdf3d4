using System.Globalization;

using Madoguchi.Core.Cases.Inbox;
using Madoguchi.Core.Cases.Lifecycle;
using Madoguchi.Core.Submissions;

using Names = Madoguchi.Core.Cases.Lifecycle.CaseStateMachine.Names;

namespace Madoguchi.Core.Cases.Exports.Csv;

/// <summary>The inbox as a table of text: the columns a clerk sees on the page, in Japanese.</summary>
internal static class InboxCsv
{
    public static readonly string[] Header = ["受付番号", "手続き", "申請者", "受付日時", "状況", "担当者", "処理期限", "期限超過"];

    public static string[] Record(InboxRow row, DateOnly today) =>
    [
        row.ReceiptNumber,
        row.ProcedureTitleJa,
        row.ApplicantName ?? "",
        JapanDate.ToJapan(row.SubmittedAt).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        // As the inbox says it: 決裁待ち names whose approval it waits for.
        row.Status == ApplicationStatus.AwaitingApproval && row.ApprovalStepRole is { } role
            ? $"{Names.Ja(row.Status)}（{Names.Ja(role)}）"
            : Names.Ja(row.Status),
        row.AssigneeName ?? "",
        row.DueOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
        CaseDeadline.IsOverdue(row.Status, row.DueOn, today) ? "期限超過" : "",
    ];
}
