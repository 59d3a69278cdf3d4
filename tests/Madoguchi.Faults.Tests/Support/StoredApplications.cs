using Madoguchi.Core.Data;

using Microsoft.EntityFrameworkCore;

namespace Madoguchi.Faults.Tests.Support;

/// <summary>The reports in the database, read directly, and held to what the clients were told.</summary>
public static class StoredApplications
{
    public sealed record Row(string ReceiptNumber, string? IdempotencyKey, string DataJson);

    public static async Task<List<Row>> LoadAsync(Installation installation)
    {
        await using var db = installation.OpenDatabase();
        return await ReportsIn(db).ToListAsync();
    }

    private static IQueryable<Row> ReportsIn(MadoguchiDb db) =>
        db.Applications.AsNoTracking()
            .Where(a => a.Procedure.Code == Reports.Procedure)
            .Select(a => new Row(a.ReceiptNumber, a.IdempotencyKey, a.DataJson));

    /// <summary>
    /// Every acknowledged receipt is stored under its key with the answers sent; no key and no
    /// receipt is stored twice. Returns what is wrong, one line each (empty when all is well).
    /// </summary>
    public static List<string> Check(IReadOnlyCollection<Row> rows, IEnumerable<Ledger.Entry> acknowledged)
    {
        var problems = new List<string>();
        foreach (var twice in rows.GroupBy(r => r.IdempotencyKey).Where(g => g.Count() > 1))
        {
            problems.Add($"Key {twice.Key} is stored {twice.Count()} times: {string.Join(", ", twice.Select(r => r.ReceiptNumber))}.");
        }
        foreach (var twice in rows.GroupBy(r => r.ReceiptNumber).Where(g => g.Count() > 1))
        {
            problems.Add($"Receipt {twice.Key} is stored {twice.Count()} times.");
        }
        var byKey = rows.Where(r => r.IdempotencyKey is not null).GroupBy(r => r.IdempotencyKey!).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var entry in acknowledged)
        {
            if (!byKey.TryGetValue(entry.Key, out var row))
            {
                problems.Add($"Receipt {entry.Receipt} (key {entry.Key}) was acknowledged but is not stored.");
            }
            else if (row.ReceiptNumber != entry.Receipt)
            {
                problems.Add($"Key {entry.Key} was acknowledged as {entry.Receipt} but is stored as {row.ReceiptNumber}.");
            }
            else if (Reports.CanonicalHash(row.DataJson) != entry.AnswersHash)
            {
                problems.Add($"Receipt {entry.Receipt}: the stored answers differ from those sent.");
            }
        }
        return problems;
    }
}
