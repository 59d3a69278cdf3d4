using System.Text.Json.Nodes;

using Madoguchi.Core.Cases.Lifecycle;
using Madoguchi.Core.Cases.Open;
using Madoguchi.Core.Procedures;
using Madoguchi.Core.Submissions;
using Madoguchi.Forms.Validation;
using Madoguchi.Web.Localization;
using Madoguchi.Web.Resident;
using Madoguchi.Web.Staff;

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Madoguchi.Web.Pages.Staff;

/// <summary>
/// The case page: the answers as the resident gave them, read through the form version they answered,
/// and what happens to the case (Case.Lifecycle.cs: history, approval stamps, actions).
/// </summary>
public sealed partial class CaseModel(OpenCase open, ReadCaseLifecycle lifecycle) : PageModel
{
    internal Application Application { get; private set; } = null!;
    internal CompiledForm Form { get; private set; } = null!;
    internal JsonObject Data { get; private set; } = null!;
    internal FormRenderContext Render { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string receiptNumber, string? done, CancellationToken ct)
    {
        // Another department's case is "not found", exactly like a number that does not exist.
        if (!await LoadAsync(receiptNumber, ct))
        {
            return NotFound();
        }
        Done = DoneAction(done);
        return Page();
    }

    private async Task<bool> LoadAsync(string receiptNumber, CancellationToken ct)
    {
        if (await open.HandleAsync(User.StaffMemberId(), receiptNumber, ct) is not { } application)
        {
            return false;
        }
        Application = application;
        Form = PublishedForms.Compile(application.FormVersion);
        Data = JsonNode.Parse(application.DataJson) as JsonObject ?? [];
        Render = new FormRenderContext(LanguageSelection.Current(HttpContext), [],
            application.Attachments.ToDictionary(a => a.Id, StringComparer.Ordinal), Data);
        Lifecycle = await lifecycle.HandleAsync(User.StaffMemberId(), application, ct);
        return true;
    }
}
