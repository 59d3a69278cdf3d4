using Madoguchi.Core.Data;

using Microsoft.EntityFrameworkCore;

namespace Madoguchi.Core.Cases.Messages;

/// <summary>The messages of one case in the order they were written.</summary>
public sealed class ReadMessages(MadoguchiDb db)
{
    /// <summary>For the case page: only a case of the member's departments has any.</summary>
    public Task<List<CaseMessage>> ForStaffAsync(string staffMemberId, Guid applicationId, CancellationToken ct = default)
    {
        var visible = db.ApplicationsVisibleTo(staffMemberId).Where(a => a.Id == applicationId).Select(a => a.Id);
        return Ordered(db.CaseMessages.Where(m => visible.Contains(m.ApplicationId))).ToListAsync(ct);
    }

    /// <param name="applicationId">An application the caller found with its access token.</param>
    public Task<List<CaseMessage>> ForResidentAsync(Guid applicationId, CancellationToken ct = default) =>
        Ordered(db.CaseMessages.Where(m => m.ApplicationId == applicationId)).ToListAsync(ct);

    private static IQueryable<CaseMessage> Ordered(IQueryable<CaseMessage> messages) =>
        messages.AsNoTracking().OrderBy(m => m.At).ThenBy(m => m.Id);
}
