using Madoguchi.Core.Cases;
using Madoguchi.Core.Cases.Corrections;
using Madoguchi.Core.Cases.Lifecycle;
using Madoguchi.Core.Cases.Open;
using Madoguchi.Core.Submissions;
using Madoguchi.Japanese;
using Madoguchi.Web.Localization;
using Madoguchi.Web.Staff;

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Madoguchi.Web.Pages.Staff.Corrections;

/// <summary>補正取消: the clerk takes back an open correction request, with an optional reason.</summary>
public sealed class CancelModel(OpenCase open, LoadCaseAtHand load, CancelCorrection cancel) : PageModel
{
    internal Application Application { get; private set; } = null!;
    internal StaffTextForm Form { get; private set; } = null!;
    internal Message? Problem { get; private set; }
    internal bool MayCancel { get; private set; } = true;

    public async Task<IActionResult> OnGetAsync(string receiptNumber, CancellationToken ct)
    {
        if (await open.HandleAsync(User.StaffMemberId(), receiptNumber, ct) is not { } application)
        {
            return NotFound();
        }
        Application = application;
        Form = For(application);
        if ((await load.ForScopedAsync(User.StaffMemberId(), application, ct)).Check(CaseAction.CancelCorrection) is { } refused)
        {
            Problem = refused.Problem;
            MayCancel = false;
            if (refused.Outcome == CaseActionOutcome.Forbidden)
            {
                Response.StatusCode = StatusCodes.Status403Forbidden;
            }
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string receiptNumber, string? body, int revision, CancellationToken ct)
    {
        var outcome = await cancel.HandleAsync(User.StaffMemberId(), receiptNumber, body, revision, ct);
        if (outcome is CaseOutcome.Done)
        {
            return Redirect(CaseUrls.Section(receiptNumber, "correction"));
        }
        if (await open.HandleAsync(User.StaffMemberId(), receiptNumber, ct) is not { } application)
        {
            return NotFound();
        }
        Application = application;
        var language = LanguageSelection.Current(HttpContext);
        switch (outcome)
        {
            case CaseOutcome.Invalid invalid:
                Form = For(application) with { Value = body, Revision = revision, Error = invalid.Errors[0].Message.Get(language) };
                Response.StatusCode = StatusCodes.Status400BadRequest;
                break;
            case CaseOutcome.Refused refused:
                Problem = refused.Problem;
                Form = For(application) with { Value = body };
                Response.StatusCode = StatusCodes.Status409Conflict;
                break;
            case CaseOutcome.NotAllowed notAllowed:
                Problem = notAllowed.Problem;
                MayCancel = false;
                Form = For(application) with { Value = body };
                Response.StatusCode = StatusCodes.Status403Forbidden;
                break;
            default:
                return NotFound();
        }
        return Page();
    }

    internal static StaffTextForm For(Application application) => new(
        $"/staff/applications/{application.ReceiptNumber}/correction/cancel", "cancel-reason", "correction.cancelReason",
        "correction.cancelHint", CancelCorrection.MaxReasonLength, "correction.cancelButton",
        Revision: application.Revision, Required: false, Warning: true);
}
