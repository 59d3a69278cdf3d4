using Madoguchi.Core.Submissions.Receipts;
using Madoguchi.Core.Submissions.Status;

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Madoguchi.Web.Pages.Status;

/// <summary>Status by 受付番号 + access code (for a resident who has no link, e.g. after a phone call).</summary>
[EnableRateLimiting("status-lookup")]
public sealed class LookupModel(FindApplication find, AccessCodes codes) : PageModel
{
    [BindProperty]
    public string? Receipt { get; set; }

    [BindProperty]
    public string? Code { get; set; }

    public bool NotFoundMessage { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var application = await find.WithCodeAsync(Receipt, Code, ct);
        if (application is null)
        {
            NotFoundMessage = true;
            return Page();
        }
        return Redirect($"/status/{application.ReceiptNumber}?t={codes.TokenFor(application.ReceiptNumber)}");
    }
}
