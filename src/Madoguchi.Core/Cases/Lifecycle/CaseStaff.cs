using Madoguchi.Core.Data;
using Madoguchi.Core.Identity;

using Microsoft.EntityFrameworkCore;

namespace Madoguchi.Core.Cases.Lifecycle;

/// <summary>A staff member facing one case: who they are and the roles they hold in the department that owns it.</summary>
public sealed record CaseStaff(string StaffMemberId, string DisplayName, IReadOnlySet<DepartmentRole> Roles)
{
    public bool Holds(DepartmentRole role) => Roles.Contains(role);

    public CaseActor Actor => CaseActor.Staff(StaffMemberId, DisplayName);

    public static async Task<CaseStaff> LoadAsync(MadoguchiDb db, string staffMemberId, int departmentId, CancellationToken ct = default)
    {
        var name = await db.Users.Where(u => u.Id == staffMemberId).Select(u => u.DisplayName).SingleAsync(ct);
        var roles = await db.DepartmentMemberships
            .Where(m => m.StaffMemberId == staffMemberId && m.DepartmentId == departmentId)
            .Select(m => m.Role).ToListAsync(ct);
        return new CaseStaff(staffMemberId, name, roles.ToHashSet());
    }
}
