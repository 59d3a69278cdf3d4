using System.Security.Cryptography;

using Microsoft.EntityFrameworkCore;

namespace Madoguchi.Core.Data;

/// <summary>Reads (or creates, at first start) the random keys every node shares through the database.</summary>
public static class InstallationSecrets
{
    public const string AccessCodeKey = "access-code-key";
    public const string ReceiptNumberKey = "receipt-number-key";

    public static async Task<byte[]> GetOrCreateAsync(MadoguchiDb db, string name, CancellationToken ct = default)
    {
        var existing = await db.InstallationSecrets.AsNoTracking().FirstOrDefaultAsync(s => s.Name == name, ct);
        if (existing is not null)
        {
            return existing.Value;
        }
        db.InstallationSecrets.Add(new InstallationSecret { Name = name, Value = RandomNumberGenerator.GetBytes(32) });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another node created it first; use theirs.
            db.ChangeTracker.Clear();
        }
        return (await db.InstallationSecrets.AsNoTracking().FirstAsync(s => s.Name == name, ct)).Value;
    }
}
