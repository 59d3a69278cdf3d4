using Madoguchi.Core.Cases.Lifecycle;
using Madoguchi.Core.Data;

using Microsoft.EntityFrameworkCore;

namespace Madoguchi.Core.Submissions.Withdraw;

/// <summary>取下げ: the resident withdraws an application that has not been decided yet.</summary>
public sealed class WithdrawApplication(MadoguchiDb db, ChangeCaseStatus change)
{
    public async Task<bool> HandleAsync(Guid applicationId, CancellationToken ct = default)
    {
        var application = await db.Applications.FirstAsync(a => a.Id == applicationId, ct);
        var result = await change.ApplyAsync(application, CaseAction.Withdraw, CaseActor.Resident, null, ct);
        return result.Succeeded;
    }
}
