using Madoguchi.Core.Data;
using Madoguchi.Core.Submissions;
using Madoguchi.Core.Submissions.Receipts;

using Microsoft.EntityFrameworkCore;

namespace Madoguchi.Core.Cases.Open;

/// <summary>
/// One application for the case page, with the exact form version it answered and its files.
/// Null both when the number does not exist and when it belongs to another department, so the
/// page answers 404 either way and numbers cannot be probed.
/// </summary>
public sealed class OpenCase(MadoguchiDb db, ReceiptNumbers numbers)
{
    public async Task<Application?> HandleAsync(string staffMemberId, string? receiptNumber, CancellationToken ct = default)
    {
        if (!ReceiptNumber.TryParse(receiptNumber, out var receipt))
        {
            return null;
        }
        return await db.ApplicationsVisibleTo(staffMemberId).AsNoTracking()
            .Include(a => a.Procedure).ThenInclude(p => p.Department)
            .Include(a => a.FormVersion)
            .Include(a => a.Attachments)
            .WithReceipt(numbers, receipt).FirstOrDefaultAsync(ct);
    }
}
