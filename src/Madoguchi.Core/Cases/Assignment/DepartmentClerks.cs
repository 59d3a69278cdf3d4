using Madoguchi.Core.Data;
using Madoguchi.Core.Identity;

using Microsoft.EntityFrameworkCore;

namespace Madoguchi.Core.Cases.Assignment;

public sealed record Clerk(string Id, string DisplayName);

/// <summary>The clerks (担当) of one department: who a case there may be assigned to.</summary>
public sealed class DepartmentClerks(MadoguchiDb db)
{
    public async Task<IReadOnlyList<Clerk>> HandleAsync(int departmentId, CancellationToken ct = default) =>
        await db.Users.AsNoTracking()
            .Where(u => u.Memberships.Any(m => m.DepartmentId == departmentId && m.Role == DepartmentRole.Clerk))
            .OrderBy(u => u.DisplayNameKana).ThenBy(u => u.Id)
            .Select(u => new Clerk(u.Id, u.DisplayName))
            .ToListAsync(ct);
}
