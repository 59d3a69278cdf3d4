using System.Text.Json.Nodes;

using Madoguchi.Core.Data;
using Madoguchi.Core.Procedures;
using Madoguchi.Core.Submissions;
using Madoguchi.Core.Submissions.Attachments;
using Madoguchi.Core.Submissions.Drafts;
using Madoguchi.Forms.Definitions;
using Madoguchi.Forms.Validation;
using Madoguchi.Web.Localization;
using Madoguchi.Web.Resident;

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Madoguchi.Web.Pages.Drafts;

/// <summary>
/// One page of a form (入力). Every post saves what was typed to the draft before anything else,
/// so a validation error, a rejected file or a closed tab never loses an answer.
/// </summary>
public sealed class FormPageModel(
    DraftStore drafts, PublishedForms forms, MadoguchiDb db, UploadAttachment upload, TimeProvider clock) : PageModel
{
    internal DraftSession Session { get; private set; } = null!;
    internal FormPage CurrentPage { get; private set; } = null!;
    internal FormRenderContext Render { get; private set; } = null!;
    internal IReadOnlyList<FormPage> VisiblePages { get; private set; } = [];
    public string Secret { get; private set; } = "";
    public bool JustSaved { get; private set; }

    public async Task<IActionResult> OnGetAsync(string secret, string pageKey, bool check, CancellationToken ct)
    {
        if (await OpenAsync(secret, ct) is { } redirect)
        {
            return redirect;
        }
        if (!SelectPage(pageKey))
        {
            return Redirect(PageUrl(VisiblePages[0].Key));
        }
        var errors = check ? Validate(CurrentPage.Key).Errors : [];
        await PrepareRenderAsync(errors, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string secret, string pageKey, string? action, CancellationToken ct)
    {
        if (await OpenAsync(secret, ct) is { } redirect)
        {
            return redirect;
        }
        if (!SelectPage(pageKey))
        {
            return Redirect(PageUrl(VisiblePages[0].Key));
        }
        var answers = Session.Answers;
        PostedAnswers.ReadPage(Request.Form, CurrentPage, answers);
        var uploadErrors = await ReceiveFilesAsync(answers, ct);
        var structural = GroupActions.Apply(action, answers);
        await drafts.SaveAnswersAsync(Session.Draft, answers, ct);
        VisiblePages = Session.Form.VisiblePages(answers, Today);

        if (structural || uploadErrors.Count > 0 && action != "next")
        {
            await PrepareRenderAsync(uploadErrors, ct);
            return Page();
        }
        switch (action)
        {
            case "save":
                JustSaved = true;
                await PrepareRenderAsync(uploadErrors, ct);
                return Page();
            case "back":
                var index = IndexOfCurrent();
                return Redirect(index > 0 ? PageUrl(VisiblePages[index - 1].Key) : $"/procedures/{Session.Procedure.Code}");
            default:
                var errors = uploadErrors.Concat(Validate(CurrentPage.Key).Errors).ToList();
                if (errors.Count > 0)
                {
                    await PrepareRenderAsync(errors, ct);
                    return Page();
                }
                var next = IndexOfCurrent() + 1;
                return Redirect(next < VisiblePages.Count ? PageUrl(VisiblePages[next].Key) : $"/drafts/{Secret}/review");
        }
    }

    internal string PageUrl(string key) => $"/drafts/{Secret}/pages/{key}";

    internal int IndexOfCurrent() => VisiblePages.ToList().FindIndex(p => p.Key == CurrentPage.Key);

    internal string ResumeUrl => $"{Request.Scheme}://{Request.Host}/drafts/{Secret}";

    internal string ExpiresText => JapanDate.ToJapan(Session.Draft.ExpiresAt).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    internal string Language => LanguageSelection.Current(HttpContext);

    private DateOnly Today => JapanDate.Today(clock);

    private async Task<IActionResult?> OpenAsync(string secret, CancellationToken ct)
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
        VisiblePages = session.Form.VisiblePages(session.Answers, Today);
        return null;
    }

    private bool SelectPage(string pageKey)
    {
        var page = VisiblePages.FirstOrDefault(p => p.Key == pageKey);
        if (page is null)
        {
            return false;
        }
        CurrentPage = page;
        return true;
    }

    private FormValidationResult Validate(string? pageKey) =>
        Session.Form.Validate(Session.Answers.DeepClone().AsObject(), new ValidationOptions(Today, pageKey));

    private async Task PrepareRenderAsync(IReadOnlyList<FieldError> errors, CancellationToken ct)
    {
        var computed = Validate(null).Data;
        Render = new FormRenderContext(Language, errors, await Session.AttachmentsAsync(db, ct), computed);
    }

    private async Task<List<FieldError>> ReceiveFilesAsync(JsonObject answers, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        foreach (var field in CurrentPage.Components.Where(c => c.Type == "file"))
        {
            var ids = answers[field.Key] as JsonArray ?? [];
            foreach (var file in Request.Form.Files.GetFiles(field.Key).Where(f => f.Length > 0 || f.FileName.Length > 0))
            {
                await using var stream = file.OpenReadStream();
                var outcome = await upload.HandleAsync(Session.Draft, field, ids.Count, file.FileName, stream, ct);
                switch (outcome)
                {
                    case UploadOutcome.Stored stored:
                        ids.Add(stored.Attachment.Id);
                        break;
                    case UploadOutcome.Refused refused:
                        errors.Add(new FieldError(field.Key, refused.Code, refused.Message));
                        break;
                }
            }
            if (ids.Count > 0)
            {
                answers[field.Key] = ids;
            }
        }
        return errors;
    }
}
