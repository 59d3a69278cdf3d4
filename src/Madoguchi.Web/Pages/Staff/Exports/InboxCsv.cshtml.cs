using Madoguchi.Core.Cases.Exports.Csv;
using Madoguchi.Core.Cases.Inbox;
using Madoguchi.Core.Submissions;
using Madoguchi.Web.Staff;

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Madoguchi.Web.Pages.Staff.Exports;

/// <summary>
/// The inbox as CSV, for the same filter as the inbox page. Shift_JIS never drops a character
/// silently: when some do not fit, the page lists each one (受付番号, column, character) and the
/// clerk chooses UTF-8, Shift_JIS with 〓 for exactly those characters, or to stop.
/// </summary>
public sealed class InboxCsvModel(ExportInbox export) : PageModel
{
    /// <summary>At most this many unmappable characters are listed on the page; the list's CSV has them all.</summary>
    public const int ListedCharacters = 200;

    [BindProperty(SupportsGet = true, Name = "receipt")]
    public string? Receipt { get; set; }

    [BindProperty(SupportsGet = true, Name = "status")]
    public ApplicationStatus? Status { get; set; }

    [BindProperty(Name = "format")]
    public string? Format { get; set; }

    [BindProperty(Name = "confirm")]
    public string? Confirm { get; set; }

    internal InboxFilter Filter => new(Receipt, Status);
    internal int Count { get; private set; }
    internal string? Problem { get; private set; }
    internal string? ProblemTarget { get; private set; }
    internal InboxExportResult.NeedsChoice? Choice { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!FilterIsValid)
        {
            return Refuse("export.badFilter", null, StatusCodes.Status400BadRequest);
        }
        Count = await export.CountAsync(User.StaffMemberId(), Filter, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!FilterIsValid)
        {
            return Refuse("export.badFilter", null, StatusCodes.Status400BadRequest);
        }
        ExportFormat? format = Format switch
        {
            "utf-8" => ExportFormat.Utf8,
            "shift_jis" => ExportFormat.ShiftJis,
            "report" => ExportFormat.ShiftJisReport,
            _ => null,
        };
        if (format is not { } chosen)
        {
            Count = await export.CountAsync(User.StaffMemberId(), Filter, ct);
            return Refuse("export.badFormat", "format-utf8", StatusCodes.Status400BadRequest);
        }
        var result = await export.HandleAsync(new InboxExportRequest(User.StaffMemberId(), Filter, chosen, Confirm), ct);
        switch (result)
        {
            case InboxExportResult.File file:
                var charset = chosen == ExportFormat.ShiftJis ? "shift_jis" : "utf-8";
                return File(file.Content, $"text/csv; charset={charset}", file.FileName);
            case InboxExportResult.NeedsChoice choice:
                Choice = choice;
                return Page();
            case InboxExportResult.TooMany tooMany:
                Count = tooMany.Count;
                Problem = string.Format(System.Globalization.CultureInfo.InvariantCulture,
                    Text("export.tooMany"), tooMany.Count.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture), tooMany.Limit.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture));
                Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
                return Page();
            default:
                throw new InvalidOperationException("Unknown export result.");
        }
    }

    private bool FilterIsValid => ModelState.IsValid && Filter.IsValid;

    private PageResult Refuse(string key, string? target, int status)
    {
        Problem = Text(key);
        ProblemTarget = target;
        Response.StatusCode = status;
        return Page();
    }

    private string Text(string key) => Localization.UiText.Get(key, Localization.LanguageSelection.Current(HttpContext));
}
