using Madoguchi.Core.Cases.Dashboard;
using Madoguchi.Web.Staff;

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Madoguchi.Web.Pages.Staff;

/// <summary>A department's figures: applications per day, open cases by status, median processing time, overdue cases.</summary>
public sealed class DashboardModel(ReadDashboard dashboard) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "department")]
    public string? Department { get; set; }

    internal DashboardFigures? Figures { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Figures = await dashboard.HandleAsync(User.StaffMemberId(), Department, ct);
        // A department the member does not belong to is "not found", like another department's case.
        return Figures is null && !string.IsNullOrEmpty(Department) ? NotFound() : Page();
    }
}
