using Madoguchi.Core.Data;

using Microsoft.EntityFrameworkCore;

namespace Madoguchi.Core.Cases.Lifecycle;

/// <summary>A case's history (経過) in the order it happened; the caller has already scoped the case to the reader.</summary>
public sealed class ReadCaseHistory(MadoguchiDb db)
{
    public async Task<IReadOnlyList<CaseHistoryEntry>> HandleAsync(Guid applicationId, CancellationToken ct = default) =>
        await db.CaseHistory.AsNoTracking()
            .Where(h => h.ApplicationId == applicationId)
            .OrderBy(h => h.Id)
            .ToListAsync(ct);
}
