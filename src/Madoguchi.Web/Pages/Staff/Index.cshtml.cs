using Madoguchi.Core.Cases.Inbox;
using Madoguchi.Core.Submissions;
using Madoguchi.Web.Staff;

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Madoguchi.Web.Pages.Staff;

/// <summary>The inbox: applications of the signed-in member's departments.</summary>
public sealed class IndexModel(ListInbox inbox, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "receipt")]
    public string? Receipt { get; set; }

    [BindProperty(SupportsGet = true, Name = "status")]
    public ApplicationStatus? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "after")]
    public string? After { get; set; }

    internal InboxFilter Filter => new(Receipt, Status);

    internal InboxPage Inbox { get; private set; } = null!;

    /// <summary>Today in Japan: a case is overdue once its 処理期限 has passed there.</summary>
    internal DateOnly Today { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Inbox = await inbox.HandleAsync(new InboxQuery(User.StaffMemberId(), Filter, After), ct);
        Today = JapanDate.Today(clock);
    }
}
