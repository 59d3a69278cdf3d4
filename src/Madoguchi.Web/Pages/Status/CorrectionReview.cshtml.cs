using Madoguchi.Core.Cases;
using Madoguchi.Core.Cases.Corrections;
using Madoguchi.Core.Submissions;
using Madoguchi.Core.Submissions.Status;
using Madoguchi.Forms.Validation;
using Madoguchi.Japanese;
using Madoguchi.Web.Localization;
using Madoguchi.Web.Resident;

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Madoguchi.Web.Pages.Status;

/// <summary>補正の確認: what will change (before → after), then the resubmission (補正提出).</summary>
[EnableRateLimiting("status-lookup")]
public sealed class CorrectionReviewModel(
    FindApplication find, FindOpenCorrection corrections, ResubmitCorrection resubmit, TimeProvider clock) : PageModel
{
    internal OpenCorrection? Open { get; private set; }
    internal AnswerChangesView? Changes { get; private set; }
    public string Token { get; private set; } = "";
    public string Receipt { get; private set; } = "";
    public Message? Problem { get; private set; }
    public bool Late { get; private set; }

    internal string Language => LanguageSelection.Current(HttpContext);

    internal string StatusUrl => $"/status/{Receipt}?t={Uri.EscapeDataString(Token)}";

    internal string EditUrl => $"/status/{Receipt}/correction?t={Uri.EscapeDataString(Token)}";

    public async Task<IActionResult> OnGetAsync(string receipt, string? t, CancellationToken ct) =>
        await LoadAsync(receipt, t, ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(string receipt, string? t, int revision, CancellationToken ct)
    {
        if (await find.WithTokenAsync(receipt, t, ct) is not { } application)
        {
            return NotFound();
        }
        Token = t!;
        Receipt = application.ReceiptNumber;
        switch (await resubmit.HandleAsync(application.Id, revision, ct))
        {
            case CaseOutcome.Done:
                return Redirect(StatusUrl + "&corrected=1");
            case CaseOutcome.Invalid:
                return Redirect(EditUrl + "&check=true");
            case CaseOutcome.Refused refused:
                // Show what is there now (if a request is still open) under the reason, or just the reason.
                Problem = refused.Problem;
                await LoadAsync(receipt, t, ct);
                return Page();
            default:
                return NotFound();
        }
    }

    private async Task<IActionResult?> LoadAsync(string receipt, string? t, CancellationToken ct)
    {
        if (await find.WithTokenAsync(receipt, t, ct) is not { } application)
        {
            return NotFound();
        }
        Token = t!;
        Receipt = application.ReceiptNumber;
        if (await corrections.HandleAsync(application.Id, ct) is not { } open)
        {
            return Redirect(StatusUrl);
        }
        Open = open;
        Late = open.IsLate(JapanDate.Today(clock));
        var result = open.Form.Validate(open.Pending.DeepClone().AsObject(), new ValidationOptions(JapanDate.Today(clock)));
        if (!result.IsValid)
        {
            return Redirect(EditUrl + "&check=true");
        }
        var files = await corrections.FilesAsync(open, result.Data, ct);
        var context = new FormRenderContext(Language, [], files, result.Data);
        Changes = new AnswerChangesView(UiText.Get("correction.changesCaption", Language),
            AnswerChanges.Between(open.Form.Definition, open.Current, result.Data), application.FeeYen, result.FeeYen, context);
        return null;
    }
}
