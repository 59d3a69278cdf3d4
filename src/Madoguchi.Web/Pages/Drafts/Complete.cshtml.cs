using Madoguchi.Core.Data;
using Madoguchi.Core.Submissions;
using Madoguchi.Core.Submissions.Drafts;
using Madoguchi.Core.Submissions.Receipts;

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Madoguchi.Web.Pages.Drafts;

/// <summary>完了: the 受付番号 and access code, shown at once and again whenever the draft link is opened.</summary>
public sealed class CompleteModel(DraftStore drafts, MadoguchiDb db, AccessCodes codes) : PageModel
{
    internal Application Application { get; private set; } = null!;
    public string AccessCode { get; private set; } = "";
    public string StatusUrl { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string secret, CancellationToken ct)
    {
        var draft = await drafts.FindAsync(secret, ct);
        if (draft is null)
        {
            return await MissingDraft.AnswerAsync(drafts, secret, ct);
        }
        if (draft.ApplicationId is not { } id)
        {
            return Redirect($"/drafts/{secret}/review");
        }
        Application = await db.Applications.AsNoTracking().Include(a => a.Procedure).FirstAsync(a => a.Id == id, ct);
        AccessCode = codes.CodeFor(Application.ReceiptNumber);
        StatusUrl = $"/status/{Application.ReceiptNumber}?t={codes.TokenFor(Application.ReceiptNumber)}";
        return Page();
    }
}
