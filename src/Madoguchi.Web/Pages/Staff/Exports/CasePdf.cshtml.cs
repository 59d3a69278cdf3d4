using Madoguchi.Core.Cases.Exports.Pdf;
using Madoguchi.Web.Staff;
using Madoguchi.Web.Staff.Exports;

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Madoguchi.Web.Pages.Staff.Exports;

/// <summary>
/// The case as PDF (申請書の控え: answers, files, history, 決裁欄). Another department's case is
/// 404 like a number that does not exist; missing fonts give a page saying so (503), not an error.
/// </summary>
public sealed class CasePdfModel(PrintCase print, ILogger<CasePdfModel> log) : PageModel
{
    internal string ReceiptNumber { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string receiptNumber, CancellationToken ct)
    {
        ReceiptNumber = receiptNumber;
        try
        {
            if (await print.HandleAsync(User.StaffMemberId(), receiptNumber, CaseSheetText.Describe, ct) is not { } pdf)
            {
                return NotFound();
            }
            return File(pdf.Content, "application/pdf", pdf.FileName);
        }
        catch (PdfFontsUnavailableException e)
        {
            log.LogError("Case PDF refused: {Problems}", string.Join("; ", e.Problems));
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return Page();
        }
    }
}
