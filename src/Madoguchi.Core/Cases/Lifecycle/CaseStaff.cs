using Madoguchi.Core.Data;
using Madoguchi.Core.Identity;

using Microsoft.EntityFrameworkCore;

namespace Madoguchi.Core.Cases.Lifecycle;

/// <summary>A staff member facing one case: who they are and the roles they hold in the department that owns it.</summary>
public sealed record CaseStaff(string StaffMemberId, string DisplayName, IReadOnlySet<DepartmentRole> Roles)
{
    /// <summary>The login name, for the audit log.</summary>
    public string? UserName { get; init; }

    public bool Holds(DepartmentRole role) => Roles.Contains(role);

    public CaseActor Actor => CaseActor.Staff(StaffMemberId, DisplayName, UserName);

    public static async Task<CaseStaff> LoadAsync(MadoguchiDb db, string staffMemberId, int departmentId, CancellationToken ct = default)
    {
        var person = await db.Users.Where(u => u.Id == staffMemberId).Select(u => new { u.DisplayName, u.UserName }).SingleAsync(ct);
        var roles = await db.DepartmentMemberships
            .Where(m => m.StaffMemberId == staffMemberId && m.DepartmentId == departmentId)
            .Select(m => m.Role).ToListAsync(ct);
        return new CaseStaff(staffMemberId, person.DisplayName, roles.ToHashSet()) { UserName = person.UserName };
    }
}
