using System.Globalization;

using Madoguchi.Core.Cases.Exports.Csv;
using Madoguchi.Core.Cases.Inbox;
using Madoguchi.Japanese;
using Madoguchi.Web.Localization;
using Madoguchi.Web.Staff;

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Madoguchi.Web.Pages.Staff.Exports;

/// <summary>
/// The inbox as CSV, for the same filter as the inbox page (the same query-string values, checked by
/// the same <see cref="ReadInboxFilter"/>). Shift_JIS never drops a character silently: when some do
/// not fit, the page lists each one (受付番号, column, character) and the clerk chooses UTF-8,
/// Shift_JIS with 〓 for exactly those characters, or to stop.
/// </summary>
public sealed class InboxCsvModel(ExportInbox export, ReadInboxFilter readFilter) : PageModel
{
    /// <summary>At most this many unmappable characters are listed on the page; the list's CSV has them all.</summary>
    public const int ListedCharacters = 200;

    [BindProperty(SupportsGet = true, Name = "receipt")]
    public string? Receipt { get; set; }

    [BindProperty(SupportsGet = true, Name = "status")]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "assignee")]
    public string? Assignee { get; set; }

    [BindProperty(SupportsGet = true, Name = "procedure")]
    public string? Procedure { get; set; }

    [BindProperty(SupportsGet = true, Name = "overdue")]
    public string? Overdue { get; set; }

    [BindProperty(SupportsGet = true, Name = "awaitingMe")]
    public string? AwaitingMe { get; set; }

    [BindProperty(SupportsGet = true, Name = "name")]
    public string? Name { get; set; }

    [BindProperty(SupportsGet = true, Name = "from")]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "to")]
    public string? To { get; set; }

    [BindProperty(Name = "format")]
    public string? Format { get; set; }

    [BindProperty(Name = "confirm")]
    public string? Confirm { get; set; }

    internal InboxFilterInput Input => new(Receipt, Status, Assignee, Procedure, Overdue, AwaitingMe, Name, From, To);
    internal int Count { get; private set; }
    internal IReadOnlyList<Message> Problems { get; private set; } = [];
    internal bool FormatProblem { get; private set; }
    internal InboxExportResult.NeedsChoice? Choice { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await FilterAsync(ct) is not { } filter)
        {
            return Page();
        }
        Count = await export.CountAsync(User.StaffMemberId(), filter, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await FilterAsync(ct) is not { } filter)
        {
            return Page();
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
            Count = await export.CountAsync(User.StaffMemberId(), filter, ct);
            FormatProblem = true;
            Problems = [new Message("文字コードを選んでください。", "Choose a character encoding.")];
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        switch (await export.HandleAsync(new InboxExportRequest(User.StaffMemberId(), filter, chosen, Confirm), ct))
        {
            case InboxExportResult.File file:
                var charset = chosen == ExportFormat.ShiftJis ? "shift_jis" : "utf-8";
                return File(file.Content, $"text/csv; charset={charset}", file.FileName);
            case InboxExportResult.NeedsChoice choice:
                Choice = choice;
                return Page();
            case InboxExportResult.TooMany tooMany:
                Count = tooMany.Count;
                var count = tooMany.Count.ToString("#,0", CultureInfo.InvariantCulture);
                var limit = tooMany.Limit.ToString("#,0", CultureInfo.InvariantCulture);
                Problems = [new Message(
                    $"該当する申請が{count}件あり、一度に出力できる{limit}件を超えています。条件を絞り込んでください。",
                    $"{count} applications match, more than the {limit} one file can hold. Narrow the filter.")];
                Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
                return Page();
            default:
                throw new InvalidOperationException("Unknown export result.");
        }
    }

    /// <summary>The checked filter, or null with its problems listed (400): nothing is exported for a wrong filter.</summary>
    private async Task<InboxFilter?> FilterAsync(CancellationToken ct)
    {
        var read = await readFilter.HandleAsync(User.StaffMemberId(), Input, ct);
        if (read.Filter is null)
        {
            Problems = [.. read.Problems.Select(p => p.Message)];
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        return read.Filter;
    }

    internal string Text(Message message) => LanguageSelection.Current(HttpContext) == "en" ? message.En : message.Ja;
}
