using Madoguchi.Core.Data;
using Madoguchi.Core.Identity;
using Madoguchi.Web.Staff;

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Madoguchi.Web.Pages.Staff.Admin;

/// <summary>Every staff account, for administrators only (anyone else gets 404, as for a page that does not exist).</summary>
public sealed class MembersModel(MadoguchiDb db) : PageModel
{
    internal sealed record Row(StaffMember Member, List<string> Roles);

    internal List<Row> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!User.IsAdministrator())
        {
            return NotFound();
        }
        var members = await db.Users.AsNoTracking().Include(m => m.Memberships).OrderBy(m => m.UserName).ToListAsync(ct);
        var departments = await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Id, d => d.NameJa, ct);
        Rows = members.Select(m => new Row(m, m.Memberships.OrderBy(x => x.DepartmentId).ThenBy(x => x.Role)
            .Select(x => $"{departments.GetValueOrDefault(x.DepartmentId)} {RoleNames.Japanese(x.Role)}").ToList())).ToList();
        return Page();
    }
}
