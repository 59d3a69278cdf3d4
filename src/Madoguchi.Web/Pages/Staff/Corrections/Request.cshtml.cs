using System.Text.Json.Nodes;

using Madoguchi.Core.Cases;
using Madoguchi.Core.Cases.Corrections;
using Madoguchi.Core.Cases.Lifecycle;
using Madoguchi.Core.Cases.Open;
using Madoguchi.Core.Procedures;
using Madoguchi.Core.Submissions;
using Madoguchi.Forms.Validation;
using Madoguchi.Japanese;
using Madoguchi.Japanese.Calendar;
using Madoguchi.Web.Localization;
using Madoguchi.Web.Resident;
using Madoguchi.Web.Staff;

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Madoguchi.Web.Pages.Staff.Corrections;

/// <summary>補正依頼: the clerk chooses the answers to correct, writes to the resident and sets the deadline.</summary>
public sealed class RequestModel(
    OpenCase open, LoadCaseAtHand load, RequestCorrection request, BusinessCalendar calendar, TimeProvider clock) : PageModel
{
    [BindProperty(Name = "fields")]
    public List<string> Fields { get; set; } = [];

    [BindProperty(Name = "message")]
    public string? Message { get; set; }

    [BindProperty(Name = "days")]
    public string? Days { get; set; }

    [BindProperty(Name = "revision")]
    public int Revision { get; set; }

    internal Application Application { get; private set; } = null!;
    internal CompiledForm Form { get; private set; } = null!;
    internal FormRenderContext Render { get; private set; } = null!;
    internal IReadOnlyList<FlaggableField> Choices { get; private set; } = [];
    internal IReadOnlyList<FieldError> Errors { get; private set; } = [];
    internal Message? Problem { get; private set; }

    internal string Language => LanguageSelection.Current(HttpContext);

    /// <summary>The deadline the default gives, so the clerk sees a date before choosing a number.</summary>
    internal DateOnly DefaultDeadline => calendar.AddBusinessDays(JapanDate.Today(clock), RequestCorrection.DefaultBusinessDays);

    public async Task<IActionResult> OnGetAsync(string receiptNumber, CancellationToken ct)
    {
        if (await LoadAsync(receiptNumber, ct) is { } result)
        {
            return result;
        }
        Revision = Application.Revision;
        Days = RequestCorrection.DefaultBusinessDays.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string receiptNumber, CancellationToken ct)
    {
        var outcome = await request.HandleAsync(User.StaffMemberId(), receiptNumber,
            new CorrectionRequestInput(Fields, Message, Days, Revision), ct);
        if (outcome is CaseOutcome.Done)
        {
            return Redirect(CaseUrls.Section(receiptNumber, "correction"));
        }
        if (await LoadAsync(receiptNumber, ct) is { } result)
        {
            return result;
        }
        switch (outcome)
        {
            case CaseOutcome.Invalid invalid:
                Errors = invalid.Errors;
                Response.StatusCode = StatusCodes.Status400BadRequest;
                break;
            case CaseOutcome.Refused refused:
                Problem = refused.Problem;
                Revision = Application.Revision;
                Response.StatusCode = StatusCodes.Status409Conflict;
                break;
            case CaseOutcome.NotAllowed notAllowed:
                Problem = notAllowed.Problem;
                Response.StatusCode = StatusCodes.Status403Forbidden;
                break;
            default:
                return NotFound();
        }
        return Page();
    }

    internal string T(string key) => UiText.Get(key, Language);

    internal IEnumerable<string> ErrorsAt(string input) => Errors.Where(e => e.Path == input).Select(e => e.Message.Get(Language));

    private async Task<IActionResult?> LoadAsync(string receiptNumber, CancellationToken ct)
    {
        var staffMemberId = User.StaffMemberId();
        if (await open.HandleAsync(staffMemberId, receiptNumber, ct) is not { } application)
        {
            return NotFound();
        }
        Application = application;
        Form = PublishedForms.Compile(application.FormVersion);
        var data = JsonNode.Parse(application.DataJson) as JsonObject ?? [];
        Render = new FormRenderContext(Language, [], application.Attachments.ToDictionary(a => a.Id, StringComparer.Ordinal), data);
        Choices = CorrectionFields.Choices(Form, data, JapanDate.Today(clock));
        // Who may ask, and when, is the lifecycle's rule; a page that cannot be used says why instead.
        if ((await load.ForScopedAsync(staffMemberId, application, ct)).Check(CaseAction.RequestCorrection) is { } refused)
        {
            Problem = refused.Problem;
            if (refused.Outcome == CaseActionOutcome.Forbidden)
            {
                Response.StatusCode = StatusCodes.Status403Forbidden;
            }
        }
        return null;
    }
}
