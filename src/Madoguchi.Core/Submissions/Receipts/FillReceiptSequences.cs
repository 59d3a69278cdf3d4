using Madoguchi.Core.Data;

using Microsoft.EntityFrameworkCore;

namespace Madoguchi.Core.Submissions.Receipts;

/// <summary>
/// Gives each application stored before sequence numbers existed the sequence number its 受付番号
/// stands for (<see cref="ReceiptNumbers.SequenceOf"/>), so it is found exactly like a new one.
/// Runs at start-up under the start-up lock, before the node takes applications; once every
/// application has one it reads one index entry and does nothing.
/// </summary>
public static class FillReceiptSequences
{
    private const int BatchSize = 1000;

    public static async Task<int> RunAsync(MadoguchiDb db, ReceiptNumbers numbers, CancellationToken ct = default)
    {
        var filled = 0;
        while (true)
        {
            var rows = await db.Applications.AsNoTracking()
                .Where(a => a.ReceiptSequence == null) // the rows filled below drop out
                .OrderBy(a => a.Id).Take(BatchSize)
                .Select(a => new { a.Id, a.ReceiptNumber }).ToListAsync(ct);
            if (rows.Count == 0)
            {
                return filled;
            }
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            foreach (var row in rows)
            {
                var sequence = numbers.SequenceOf(row.ReceiptNumber);
                if (sequence < 0)
                {
                    throw new InvalidOperationException($"Application {row.Id} has no valid 受付番号 ({row.ReceiptNumber}).");
                }
                await db.Applications.Where(a => a.Id == row.Id)
                    .ExecuteUpdateAsync(s => s.SetProperty(a => a.ReceiptSequence, sequence), ct);
            }
            await transaction.CommitAsync(ct);
            filled += rows.Count;
        }
    }
}
