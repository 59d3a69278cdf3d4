using Madoguchi.Core.Data;

using Microsoft.EntityFrameworkCore;

namespace Madoguchi.Core.Submissions.Withdraw;

/// <summary>取下げ: the resident withdraws an application that has not been decided yet.</summary>
public sealed class WithdrawApplication(MadoguchiDb db, TimeProvider clock)
{
    public async Task<bool> HandleAsync(Guid applicationId, CancellationToken ct = default)
    {
        var application = await db.Applications.FirstAsync(a => a.Id == applicationId, ct);
        if (!application.Status.CanWithdraw())
        {
            return false;
        }
        application.Status = ApplicationStatus.Withdrawn;
        application.WithdrawnAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return true;
    }
}
