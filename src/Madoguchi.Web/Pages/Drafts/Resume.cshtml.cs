using Madoguchi.Core.Procedures;
using Madoguchi.Core.Submissions.Drafts;

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Madoguchi.Web.Pages.Drafts;

/// <summary>The resume link of a saved draft: back to the first page (or the receipt, if already sent).</summary>
public sealed class ResumeModel(DraftStore drafts, PublishedForms forms) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string secret, CancellationToken ct)
    {
        var draft = await drafts.FindAsync(secret, ct);
        if (draft is null)
        {
            return await MissingDraft.AnswerAsync(drafts, secret, ct);
        }
        if (draft.ApplicationId is not null)
        {
            return Redirect($"/drafts/{secret}/complete");
        }
        var (_, form) = await forms.GetVersionAsync(draft.FormVersionId, ct);
        return Redirect($"/drafts/{secret}/pages/{form.Definition.Pages[0].Key}");
    }
}
