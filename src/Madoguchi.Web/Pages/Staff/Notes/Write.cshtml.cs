using Madoguchi.Core.Cases;
using Madoguchi.Core.Cases.Notes;
using Madoguchi.Core.Cases.Open;
using Madoguchi.Core.Submissions;
using Madoguchi.Web.Localization;
using Madoguchi.Web.Staff;

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Madoguchi.Web.Pages.Staff.Notes;

/// <summary>内部メモ: a note for colleagues of the owning department, never shown to the resident.</summary>
public sealed class WriteModel(OpenCase open, CaseNotes notes) : PageModel
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
        switch (await notes.AddAsync(User.StaffMemberId(), receiptNumber, body, ct))
        {
            case CaseOutcome.Done:
                return Redirect(CaseUrls.Section(receiptNumber, "notes"));
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
        $"/staff/applications/{application.ReceiptNumber}/notes", "note-body", "notes.write",
        "notes.hint", CaseNotes.MaxLength, "notes.add");
}
