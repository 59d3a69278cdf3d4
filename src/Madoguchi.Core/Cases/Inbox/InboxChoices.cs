using Madoguchi.Core.Data;
using Madoguchi.Core.Identity;

using Microsoft.EntityFrameworkCore;

namespace Madoguchi.Core.Cases.Inbox;

public sealed record ProcedureChoice(string Code, string TitleJa, string? TitleEn);

public sealed record ClerkChoice(string Id, string DisplayName);

/// <summary>What the inbox filter offers a member: the procedures and clerks of their own departments.</summary>
public sealed record InboxChoices(IReadOnlyList<ProcedureChoice> Procedures, IReadOnlyList<ClerkChoice> Clerks);

public sealed class ReadInboxChoices(MadoguchiDb db)
{
    public async Task<InboxChoices> HandleAsync(string staffMemberId, CancellationToken ct = default)
    {
        var departments = db.DepartmentMemberships.Where(m => m.StaffMemberId == staffMemberId).Select(m => m.DepartmentId);
        var procedures = await db.Procedures.AsNoTracking()
            .Where(p => departments.Contains(p.DepartmentId))
            .OrderBy(p => p.DepartmentId).ThenBy(p => p.Code)
            .Select(p => new ProcedureChoice(p.Code, p.TitleJa, p.TitleEn))
            .ToListAsync(ct);
        var clerks = await db.Users.AsNoTracking()
            .Where(u => u.Memberships.Any(m => m.Role == DepartmentRole.Clerk && departments.Contains(m.DepartmentId)))
            .OrderBy(u => u.DisplayNameKana).ThenBy(u => u.Id)
            .Select(u => new ClerkChoice(u.Id, u.DisplayName))
            .ToListAsync(ct);
        return new InboxChoices(procedures, clerks);
    }
}
