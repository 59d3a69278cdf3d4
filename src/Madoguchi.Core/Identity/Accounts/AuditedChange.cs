using Madoguchi.Core.Audit;
using Madoguchi.Core.Data;

using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Madoguchi.Core.Identity.Accounts;

/// <summary>
/// Runs Identity's steps for one account change and its audit entry as one transaction: the
/// first step's save writes the entry; if any step is refused (a password too short, a wrong
/// code), nothing is kept, the entry included.
/// </summary>
public sealed class AuditedChange(MadoguchiDb db, AuditTrail audit)
{
    public async Task<IdentityResult> RunAsync(
        AuditActor actor, string action, StaffMember member, string? details, CancellationToken ct, params Func<Task<IdentityResult>>[] steps)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var entry = audit.Record(db, actor, action, member.Id, details);
        foreach (var step in steps)
        {
            var result = await step();
            if (!result.Succeeded)
            {
                db.Entry(entry).State = EntityState.Detached;
                await transaction.RollbackAsync(ct);
                return result;
            }
        }
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return IdentityResult.Success;
    }
}
