using System.Text.Json.Nodes;

using Madoguchi.Core.Cases.Corrections;
using Madoguchi.Core.Submissions;
using Madoguchi.Core.Submissions.Attachments;
using Madoguchi.Core.Submissions.Status;
using Madoguchi.Forms.Validation;
using Madoguchi.Web.Localization;
using Madoguchi.Web.Resident;

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Madoguchi.Web.Pages.Status;

/// <summary>
/// 補正: the resident edits the answers the clerk flagged, rendered and validated with the form
/// version the application answered. Only flagged answers are read from a post; everything else
/// comes from the stored application, so a crafted post cannot change an unflagged answer.
/// Every post keeps what was typed before anything else, as the draft pages do.
/// </summary>
[EnableRateLimiting("status-lookup")]
public sealed class CorrectionModel(
    FindApplication find, FindOpenCorrection corrections, UploadAttachment upload, TimeProvider clock) : PageModel
{
    internal OpenCorrection Open { get; private set; } = null!;
    internal IReadOnlyList<FlaggedAnswer> Fields { get; private set; } = [];
    internal FormRenderContext Render { get; private set; } = null!;
    public string Token { get; private set; } = "";
    public bool JustSaved { get; private set; }

    internal string StatusUrl => $"/status/{Open.Application.ReceiptNumber}?t={Uri.EscapeDataString(Token)}";

    public async Task<IActionResult> OnGetAsync(string receipt, string? t, bool check, CancellationToken ct)
    {
        if (await LoadAsync(receipt, t, ct) is { } elsewhere)
        {
            return elsewhere;
        }
        var errors = check ? Validate(Open.Pending).Errors : [];
        await PrepareAsync(Open.Pending, errors, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string receipt, string? t, string? action, CancellationToken ct)
    {
        if (await LoadAsync(receipt, t, ct) is { } elsewhere)
        {
            return elsewhere;
        }
        var pending = Open.Pending;
        foreach (var field in Fields)
        {
            PostedAnswers.ReadOne(Request.Form, field.Component, field.Prefix, field.Scope);
        }
        var uploadErrors = await ReceiveFilesAsync(ct);
        var structural = IsFlagged(action) && GroupActions.Apply(action, pending);
        await corrections.KeepAnswersAsync(Open, pending, ct);

        if (structural || uploadErrors.Count > 0 || action == "save")
        {
            JustSaved = action == "save" && uploadErrors.Count == 0;
            await PrepareAsync(pending, uploadErrors, ct);
            return Page();
        }
        var errors = Validate(pending).Errors;
        if (errors.Count > 0)
        {
            await PrepareAsync(pending, errors, ct);
            return Page();
        }
        return Redirect($"/status/{Open.Application.ReceiptNumber}/correction/review?t={Uri.EscapeDataString(Token)}");
    }

    internal bool IsEditable(string path) => CorrectionFields.Covers(Open.Request.Paths, path);

    internal string LabelOf(string path) =>
        FieldLabels.Of(Open.Form.Definition, path) is var label && Language == "en" ? label.En : label.Ja;

    internal string Language => LanguageSelection.Current(HttpContext);

    private async Task<IActionResult?> LoadAsync(string receipt, string? t, CancellationToken ct)
    {
        if (await find.WithTokenAsync(receipt, t, ct) is not { } application)
        {
            return NotFound();
        }
        Token = t!;
        if (await corrections.HandleAsync(application.Id, ct) is not { } open)
        {
            return Redirect($"/status/{application.ReceiptNumber}?t={Uri.EscapeDataString(Token)}");
        }
        Open = open;
        Fields = FlaggedAnswer.In(open.Form.Definition, open.Request.Paths, open.Pending);
        return null;
    }

    // Add or remove an item, or remove a file: only inside a flagged answer.
    private bool IsFlagged(string? action) =>
        action?.Split(':') is [_, var path, ..] && CorrectionFields.Covers(Open.Request.Paths, path);

    private FormValidationResult Validate(JsonObject answers) =>
        Open.Form.Validate(answers.DeepClone().AsObject(), new ValidationOptions(JapanDate.Today(clock)));

    private async Task PrepareAsync(JsonObject answers, IReadOnlyList<FieldError> errors, CancellationToken ct)
    {
        var files = await corrections.FilesAsync(Open, answers, ct);
        Fields = FlaggedAnswer.In(Open.Form.Definition, Open.Request.Paths, answers);
        Render = new FormRenderContext(Language, errors, files, Validate(answers).Data);
    }

    private async Task<List<FieldError>> ReceiveFilesAsync(CancellationToken ct)
    {
        var errors = new List<FieldError>();
        foreach (var field in Fields.Where(f => f.Component.Type == "file"))
        {
            var existing = field.Value as JsonArray;
            var ids = existing ?? [];
            foreach (var file in Request.Form.Files.GetFiles(field.Path).Where(f => f.Length > 0 || f.FileName.Length > 0))
            {
                await using var stream = file.OpenReadStream();
                switch (await upload.HandleForCorrectionAsync(Open.Request.Id, field.Component, ids.Count, file.FileName, stream, ct))
                {
                    case UploadOutcome.Stored stored:
                        ids.Add(stored.Attachment.Id);
                        break;
                    case UploadOutcome.Refused refused:
                        errors.Add(new FieldError(field.Path, refused.Code, refused.Message));
                        break;
                }
            }
            if (existing is null && ids.Count > 0)
            {
                field.Scope[field.Component.Key] = ids;
            }
        }
        return errors;
    }
}
