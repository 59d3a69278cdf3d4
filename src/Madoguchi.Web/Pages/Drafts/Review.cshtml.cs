using Madoguchi.Core.Data;
using Madoguchi.Core.Procedures;
using Madoguchi.Core.Submissions;
using Madoguchi.Core.Submissions.Drafts;
using Madoguchi.Core.Submissions.Submit;
using Madoguchi.Forms.Validation;
using Madoguchi.Web.Localization;
using Madoguchi.Web.Resident;

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Madoguchi.Web.Pages.Drafts;

/// <summary>確認: every answer once more, then the submission. The draft is the idempotency key.</summary>
public sealed class ReviewModel(
    DraftStore drafts, PublishedForms forms, MadoguchiDb db, SubmitApplication submit, TimeProvider clock) : PageModel
{
    internal DraftSession Session { get; private set; } = null!;
    internal FormValidationResult Result { get; private set; } = null!;
    internal FormRenderContext Render { get; private set; } = null!;
    public string Secret { get; private set; } = "";
    public string? DuplicateOf { get; private set; }
    internal IReadOnlyList<Madoguchi.Forms.Definitions.FormPage> Pages { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string secret, CancellationToken ct) =>
        await LoadAsync(secret, ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(string secret, CancellationToken ct)
    {
        if (await LoadAsync(secret, ct) is { } redirect)
        {
            return redirect;
        }
        var outcome = await submit.HandleAsync(new SubmitCommand(
            Session.Procedure.Code, Session.Answers, "draft-" + Session.Draft.Id.ToString("N"), SubmissionChannel.Web, Session.Draft.Id), ct);
        switch (outcome)
        {
            case SubmitOutcome.Accepted:
                return Redirect($"/drafts/{secret}/complete");
            case SubmitOutcome.Busy:
                // Nothing was stored; the error page asks the resident to send the same draft again.
                Response.Headers.RetryAfter = "1";
                return StatusCode(StatusCodes.Status503ServiceUnavailable);
            case SubmitOutcome.DuplicateBlocked blocked:
                DuplicateOf = blocked.EarlierReceiptNumber;
                return Page();
            case SubmitOutcome.DraftExpired:
                // The purge removed the draft before the writer could link it: nothing was stored.
                return MissingDraft.ExpiredPage(Secret);
            default:
                return (IActionResult?)FirstPageWithErrors() ?? Page();
        }
    }

    private async Task<IActionResult?> LoadAsync(string secret, CancellationToken ct)
    {
        Secret = secret;
        var session = await DraftSession.OpenAsync(secret, drafts, forms, db, ct);
        if (session is null)
        {
            return await MissingDraft.AnswerAsync(drafts, secret, ct);
        }
        if (session.Draft.ApplicationId is not null)
        {
            return Redirect($"/drafts/{secret}/complete");
        }
        Session = session;
        Result = session.Form.Validate(session.Answers.DeepClone().AsObject(), new ValidationOptions(JapanDate.Today(clock)));
        Pages = session.Form.VisiblePages(session.Answers, JapanDate.Today(clock));
        Render = new FormRenderContext(LanguageSelection.Current(HttpContext), [], await session.AttachmentsAsync(db, ct), Result.Data);
        return Result.IsValid ? null : FirstPageWithErrors();
    }

    // Answers can be incomplete here (a skipped page, a resumed draft): send the resident to fix them.
    private RedirectResult? FirstPageWithErrors()
    {
        var pages = Session.Form.VisiblePages(Session.Answers, JapanDate.Today(clock));
        foreach (var page in pages)
        {
            var pageErrors = Session.Form.Validate(Session.Answers.DeepClone().AsObject(), new ValidationOptions(JapanDate.Today(clock), page.Key));
            if (!pageErrors.IsValid)
            {
                return Redirect($"/drafts/{Secret}/pages/{page.Key}?check=true");
            }
        }
        return null;
    }
}
