using Madoguchi.Core.Data;
using Madoguchi.Core.Submissions.Receipts;

using Microsoft.EntityFrameworkCore;

namespace Madoguchi.Core.Submissions.Status;

/// <summary>
/// Finds an application for its resident. A 受付番号 alone is never enough: the caller must also
/// hold the access token (status link, API) or the access code (typed with the number).
/// </summary>
public sealed class FindApplication(MadoguchiDb db, ReceiptNumbers numbers, AccessCodes codes)
{
    public Task<Application?> WithTokenAsync(string? receipt, string? token, CancellationToken ct = default) =>
        FindAsync(receipt, r => codes.IsValidToken(r, token), ct);

    public Task<Application?> WithCodeAsync(string? receipt, string? code, CancellationToken ct = default) =>
        FindAsync(receipt, r => codes.IsValidCode(r, code), ct);

    private async Task<Application?> FindAsync(string? typed, Func<string, bool> holdsSecret, CancellationToken ct)
    {
        if (!ReceiptNumber.TryParse(typed, out var receipt) || !holdsSecret(receipt))
        {
            return null;
        }
        return await db.Applications.AsNoTracking()
            .Include(a => a.Procedure).ThenInclude(p => p.Department)
            .Include(a => a.Attachments)
            .WithReceipt(numbers, receipt).FirstOrDefaultAsync(ct);
    }
}
