using Madoguchi.Core.Cases.Approval;
using Madoguchi.Core.Cases.Assignment;
using Madoguchi.Core.Cases.Lifecycle;
using Madoguchi.Japanese;
using Madoguchi.Web.Staff;

using Microsoft.AspNetCore.Mvc;

namespace Madoguchi.Web.Pages.Staff;

/// <summary>
/// The case page's handling: one POST handler per action, each a form with the antiforgery token and
/// the revision the person saw. A refused or stale action re-shows the page with the reason in the
/// error summary and changes nothing; a done one redirects back (POST–redirect–GET).
/// </summary>
public sealed partial class CaseModel
{
    /// <summary>The forms of the action section; each names its handler and the ids of its fields.</summary>
    internal static class Forms
    {
        public const string Assign = "Assign";
        public const string AssignToMe = "AssignToMe";
        public const string StartReview = "StartReview";
        public const string Draft = "Draft";
        public const string Approve = "Approve";
        public const string SendBack = "SendBack";

        public static readonly string[] All = [Assign, AssignToMe, StartReview, Draft, Approve, SendBack];

        /// <summary>The id of the input a problem is about, for the error summary's link.</summary>
        public static string FieldId(string form, string? field) => (form, field) switch
        {
            (Assign, "assignee") => "assign-assignee",
            (Draft, "decision") => "draft-decision-Completed",
            (Draft, "comment") => "draft-comment",
            (Approve, "comment") => "approve-comment",
            (SendBack, "comment") => "sendback-comment",
            _ => "case-actions",
        };
    }

    internal CaseLifecycle Lifecycle { get; private set; } = null!;

    /// <summary>The form whose action was just done (shown as a confirmation after the redirect).</summary>
    internal string? Done { get; private set; }

    /// <summary>The form that was refused, and why.</summary>
    internal string? FailedForm { get; private set; }

    internal CaseActionResult? Problem { get; private set; }

    [BindProperty]
    public int? Revision { get; set; }

    [BindProperty]
    public string? Comment { get; set; }

    [BindProperty]
    public string? Decision { get; set; }

    [BindProperty]
    public string? Assignee { get; set; }

    internal static readonly Message PageOutdated = new(
        "画面の情報が足りません。案件を開き直してから、もう一度操作してください。",
        "The page did not send everything needed. Reopen the case and try again.");

    /// <summary>A POST naming no action this page has: nothing to do (without this, the page would render unloaded).</summary>
    public IActionResult OnPost() => NotFound();

    public Task<IActionResult> OnPostAssignAsync(string receiptNumber, [FromServices] AssignCase assign, CancellationToken ct) =>
        ActAsync(Forms.Assign, receiptNumber, revision => assign.HandleAsync(User.StaffMemberId(), receiptNumber, revision, Assignee, ct), ct);

    public Task<IActionResult> OnPostAssignToMeAsync(string receiptNumber, [FromServices] AssignCase assign, CancellationToken ct) =>
        ActAsync(Forms.AssignToMe, receiptNumber, revision => assign.HandleAsync(User.StaffMemberId(), receiptNumber, revision, User.StaffMemberId(), ct), ct);

    public Task<IActionResult> OnPostStartReviewAsync(string receiptNumber, [FromServices] StartReview start, CancellationToken ct) =>
        ActAsync(Forms.StartReview, receiptNumber, revision => start.HandleAsync(User.StaffMemberId(), receiptNumber, revision, ct), ct);

    public Task<IActionResult> OnPostDraftAsync(string receiptNumber, [FromServices] SubmitForApproval submit, CancellationToken ct) =>
        ActAsync(Forms.Draft, receiptNumber, revision => submit.HandleAsync(User.StaffMemberId(), receiptNumber, revision, Decision, Comment, ct), ct);

    public Task<IActionResult> OnPostApproveAsync(string receiptNumber, [FromServices] ApproveCase approve, CancellationToken ct) =>
        ActAsync(Forms.Approve, receiptNumber, revision => approve.HandleAsync(User.StaffMemberId(), receiptNumber, revision, Comment, ct), ct);

    public Task<IActionResult> OnPostSendBackAsync(string receiptNumber, [FromServices] SendBackCase sendBack, CancellationToken ct) =>
        ActAsync(Forms.SendBack, receiptNumber, revision => sendBack.HandleAsync(User.StaffMemberId(), receiptNumber, revision, Comment, ct), ct);

    private async Task<IActionResult> ActAsync(string form, string receiptNumber, Func<int, Task<CaseActionResult>> act, CancellationToken ct)
    {
        var result = Revision is { } revision ? await act(revision) : CaseActionResult.Conflict(PageOutdated);
        if (result.Outcome == CaseActionOutcome.NotFound || !await LoadAsync(receiptNumber, ct))
        {
            return NotFound();
        }
        if (result.Outcome == CaseActionOutcome.Done)
        {
            return Redirect($"/staff/applications/{Application.ReceiptNumber}?done={form}");
        }
        FailedForm = form;
        Problem = result;
        Response.StatusCode = result.Outcome switch
        {
            CaseActionOutcome.Invalid => StatusCodes.Status400BadRequest,
            CaseActionOutcome.Forbidden => StatusCodes.Status403Forbidden,
            _ => StatusCodes.Status409Conflict,
        };
        return Page();
    }

    private static string? DoneAction(string? done) => Forms.All.FirstOrDefault(f => f == done);

    /// <summary>The error shown beside a field of <paramref name="form"/>, if the refused action was that form's and about that field.</summary>
    internal Message? ErrorFor(string form, string field) =>
        FailedForm == form && Problem?.Field == field ? Problem.Problem : null;

    /// <summary>What the person typed into <paramref name="form"/> before it was refused, so nothing is lost.</summary>
    internal string? Typed(string form, string? value) => FailedForm == form ? value : null;
}
