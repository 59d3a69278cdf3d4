using Madoguchi.Core.Cases;
using Madoguchi.Core.Cases.Messages;
using Madoguchi.Core.Cases.Open;
using Madoguchi.Core.Submissions;
using Madoguchi.Web.Localization;
using Madoguchi.Web.Staff;

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Madoguchi.Web.Pages.Staff.Messages;

/// <summary>A message from the department to the resident, who reads it on the status page.</summary>
public sealed class WriteModel(OpenCase open, SendMessage send) : PageModel
{
    internal Application Application { get; private set; } = null!;
    internal StaffTextForm Form { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string receiptNumber, CancellationToken ct)
    {
        if (await open.HandleAsync(User.StaffMemberId(), receiptNumber, ct) is not { } application)
        {
            return NotFound();
        }
        Application = application;
        Form = For(application);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string receiptNumber, string? body, CancellationToken ct)
    {
        switch (await send.FromDepartmentAsync(User.StaffMemberId(), receiptNumber, body, ct))
        {
            case CaseOutcome.Done:
                return Redirect(CaseUrls.Section(receiptNumber, "messages"));
            case CaseOutcome.Invalid invalid when await open.HandleAsync(User.StaffMemberId(), receiptNumber, ct) is { } application:
                Application = application;
                Form = For(application) with { Value = body, Error = invalid.Errors[0].Message.Get(LanguageSelection.Current(HttpContext)) };
                Response.StatusCode = StatusCodes.Status400BadRequest;
                return Page();
            default:
                return NotFound();
        }
    }

    internal static StaffTextForm For(Application application) => new(
        $"/staff/applications/{application.ReceiptNumber}/messages", "message-body", "messages.toResident",
        "messages.staffHint", SendMessage.MaxLength, "messages.send");
}
