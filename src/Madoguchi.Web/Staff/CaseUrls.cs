using Madoguchi.Core.Submissions.Receipts;

namespace Madoguchi.Web.Staff;

internal static class CaseUrls
{
    /// <summary>A section of the case page, with the 受付番号 as stored (whatever form it was typed in).</summary>
    public static string Section(string receiptNumber, string section) =>
        ReceiptNumber.TryParse(receiptNumber, out var receipt) ? $"/staff/applications/{receipt}#{section}" : "/staff";
}
