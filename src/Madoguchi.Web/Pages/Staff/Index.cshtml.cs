using Madoguchi.Core.Cases.Inbox;
using Madoguchi.Core.Submissions;
using Madoguchi.Japanese;
using Madoguchi.Web.Staff;

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Madoguchi.Web.Pages.Staff;

/// <summary>
/// The inbox: applications of the signed-in member's departments, filtered. Every filter value is checked
/// (<see cref="ReadInboxFilter"/>); a wrong one is named in the error summary and nothing is listed.
/// </summary>
public sealed class IndexModel(ListInbox inbox, ReadInboxFilter readFilter, ReadInboxChoices readChoices, TimeProvider clock) : PageModel
{
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

    [BindProperty(SupportsGet = true, Name = "after")]
    public string? After { get; set; }

    internal InboxPage Inbox { get; private set; } = new([], null);

    internal InboxChoices Choices { get; private set; } = new([], []);

    internal IReadOnlyList<InboxFilterProblem> Problems { get; private set; } = [];

    internal InboxFilter Filter { get; private set; } = InboxFilter.None;

    /// <summary>Today in Japan: a case is overdue once its 処理期限 has passed there.</summary>
    internal DateOnly Today { get; private set; }

    internal static readonly Message BadCursor = new(
        "ページの指定が正しくありません。最初のページから表示し直してください。", "The page link is not valid. Start again from the first page.");

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var me = User.StaffMemberId();
        Today = JapanDate.Today(clock);
        Choices = await readChoices.HandleAsync(me, ct);
        var read = await readFilter.HandleAsync(me, new InboxFilterInput(Receipt, Status, Assignee, Procedure, Overdue, AwaitingMe, Name, From, To), ct);
        Problems = ListInbox.IsCursor(After) ? read.Problems : [.. read.Problems, new InboxFilterProblem("after", BadCursor)];
        if (Problems.Count > 0 || read.Filter is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        Filter = read.Filter;
        Inbox = await inbox.HandleAsync(new InboxQuery(me, Filter, After, Today), ct);
        return Page();
    }

    /// <summary>This filter's address, optionally at a later page: every value as typed, empty ones left out.</summary>
    internal string LinkTo(string? after = null)
    {
        var values = new (string Name, string? Value)[]
        {
            ("receipt", Receipt), ("status", Status), ("assignee", Assignee), ("procedure", Procedure), ("overdue", Overdue),
            ("awaitingMe", AwaitingMe), ("name", Name), ("from", From), ("to", To), ("after", after),
        };
        var query = string.Join("&", values.Where(v => !string.IsNullOrEmpty(v.Value)).Select(v => $"{v.Name}={Uri.EscapeDataString(v.Value!)}"));
        return query.Length == 0 ? "/staff" : "/staff?" + query;
    }

    internal Message? ProblemWith(string field) => Problems.FirstOrDefault(p => p.Field == field)?.Message;
}
