using Madoguchi.Core.Cases.Lifecycle;
using Madoguchi.Core.Data;

using Microsoft.EntityFrameworkCore;

namespace Madoguchi.Core.Cases;

/// <summary>The signed-in staff member as an actor, with the display name history keeps.</summary>
public static class StaffActors
{
    public static async Task<CaseActor> ForAsync(MadoguchiDb db, string staffMemberId, CancellationToken ct)
    {
        var name = await db.Users.Where(u => u.Id == staffMemberId).Select(u => u.DisplayName).FirstOrDefaultAsync(ct);
        return CaseActor.Staff(staffMemberId, name ?? "職員");
    }
}
