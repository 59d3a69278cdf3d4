using Madoguchi.Core.Procedures;
using Madoguchi.Core.Submissions.Drafts;

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Madoguchi.Web.Pages.Procedures;

/// <summary>A procedure's page: what it is, what you need, the fee, the processing time; and the start button.</summary>
public sealed class DetailModel(PublishedForms forms, DraftStore drafts) : PageModel
{
    public PublishedProcedure Published { get; private set; } = null!;
    public ProcedureDescription Description { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        if (await forms.FindAsync(code, ct) is not { } published)
        {
            return NotFound();
        }
        Published = published;
        Description = ProcedureDescription.Parse(published.Procedure.DescriptionJson);
        return Page();
    }

    /// <summary>Starting creates the draft (a POST, so crawlers and link previews never create drafts).</summary>
    public async Task<IActionResult> OnPostAsync(string code, CancellationToken ct)
    {
        if (await forms.FindAsync(code, ct) is not { } published)
        {
            return NotFound();
        }
        var (_, secret) = await drafts.StartAsync(published, ct);
        var first = published.Form.Definition.Pages[0].Key;
        return Redirect($"/drafts/{secret}/pages/{first}");
    }
}
