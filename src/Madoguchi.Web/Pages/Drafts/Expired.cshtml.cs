using Madoguchi.Core.Submissions.Drafts;

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Madoguchi.Web.Pages.Drafts;

/// <summary>期限切れ: the draft cannot be sent any more; nothing was received, so the resident starts again.</summary>
public sealed class ExpiredModel(DraftStore drafts) : PageModel
{
    public int LifetimeDays => DraftStore.Lifetime.Days;

    public async Task<IActionResult> OnGetAsync(string secret, CancellationToken ct)
    {
        // Never called expired and unsent when it is neither (an address typed by hand): a live
        // draft goes back to its pages, a sent one to its receipt.
        if (await drafts.FindEvenExpiredAsync(secret, ct) is { } draft && (draft.ApplicationId is not null || !drafts.HasExpired(draft)))
        {
            return Redirect($"/drafts/{secret}");
        }
        Response.StatusCode = StatusCodes.Status410Gone;
        return Page();
    }
}
