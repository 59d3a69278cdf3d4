using Madoguchi.Core.Cases;
using Madoguchi.Core.Cases.Messages;
using Madoguchi.Core.Submissions.Status;
using Madoguchi.Web.Localization;
using Madoguchi.Web.Resident;

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Madoguchi.Web.Pages.Status;

/// <summary>
/// The resident's messages to the department. A message sent goes back to the status page
/// (post, redirect, get); a problem shows this page with the text kept and the error first.
/// </summary>
[EnableRateLimiting("status-lookup")]
public sealed class MessagesModel(FindApplication find, SendMessage send) : PageModel
{
    internal ResidentMessagesView Thread { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string receipt, string? t, CancellationToken ct)
    {
        if (await find.WithTokenAsync(receipt, t, ct) is not { } application)
        {
            return NotFound();
        }
        Thread = new ResidentMessagesView(application, t!);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string receipt, string? t, string? body, CancellationToken ct)
    {
        if (await find.WithTokenAsync(receipt, t, ct) is not { } application)
        {
            return NotFound();
        }
        var language = LanguageSelection.Current(HttpContext);
        var outcome = await send.FromResidentAsync(application.Id, body, ct);
        switch (outcome)
        {
            case CaseOutcome.Done:
                return Redirect($"/status/{application.ReceiptNumber}?t={Uri.EscapeDataString(t!)}&sent=message#messages");
            case CaseOutcome.Invalid invalid:
                Thread = new ResidentMessagesView(application, t!, body, invalid.Errors[0].Message.Get(language));
                return Page();
            case CaseOutcome.Refused refused:
                Thread = new ResidentMessagesView(application, t!, body, language == "en" ? refused.Problem.En : refused.Problem.Ja);
                return Page();
            case CaseOutcome.Limited limited:
                Thread = new ResidentMessagesView(application, t!, body, language == "en" ? limited.Problem.En : limited.Problem.Ja);
                Response.StatusCode = StatusCodes.Status429TooManyRequests;
                return Page();
            default:
                return NotFound();
        }
    }
}
