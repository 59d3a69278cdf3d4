using Madoguchi.Core.Data;

using Microsoft.EntityFrameworkCore;

namespace Madoguchi.Core.Submissions.Receipts;

/// <summary>
/// Gives each new application its sequence number (what its 受付番号 is made from, see
/// <see cref="ReceiptNumbers"/>) without a database round trip: the node reserves a block of
/// numbers with one durable update of <see cref="ReceiptCounter"/> and hands them out from memory.
/// Nodes hold different blocks, so numbers never repeat; a block a node did not finish (a restart)
/// is simply never used, which costs nothing in a space of 2^40.
/// </summary>
public sealed class ReceiptSequences(IDbContextFactory<MadoguchiDb> contexts, ReceiptNumbers numbers) : IDisposable
{
    /// <summary>One reservation per this many applications: rare enough not to matter at a rush, small against 2^40.</summary>
    public const int BlockSize = 10_000;

    private readonly Lock gate = new();
    private readonly SemaphoreSlim reserving = new(1, 1);
    private long next;
    private long end;

    /// <summary>Gives <paramref name="application"/> the next sequence number and the 受付番号 made from it.</summary>
    public async ValueTask NumberAsync(Application application, CancellationToken ct = default)
    {
        var sequence = await NextAsync(ct);
        application.ReceiptSequence = sequence;
        application.ReceiptNumber = numbers.For(sequence);
    }

    private async ValueTask<long> NextAsync(CancellationToken ct)
    {
        if (TryTake(out var number))
        {
            return number;
        }
        await reserving.WaitAsync(ct);
        try
        {
            // Another request may have reserved a block while this one waited.
            if (TryTake(out number))
            {
                return number;
            }
            var blockEnd = await ReserveAsync(ct);
            lock (gate)
            {
                (next, end) = (blockEnd - BlockSize, blockEnd);
            }
            return TryTake(out number) ? number : throw new InvalidOperationException("A fresh block of receipt numbers is empty.");
        }
        finally
        {
            reserving.Release();
        }
    }

    public void Dispose() => reserving.Dispose();

    private bool TryTake(out long number)
    {
        lock (gate)
        {
            number = next;
            if (next < end)
            {
                next++;
                return true;
            }
            return false;
        }
    }

    private async Task<long> ReserveAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        // One statement, committed on its own: the row lock (PostgreSQL) or the write lock (SQLite)
        // lasts only this update, so two nodes reserving at once get consecutive blocks.
        var blockEnd = (await db.Database.SqlQuery<long>(
            $"""UPDATE "ReceiptCounter" SET "Next" = "Next" + {BlockSize} WHERE "Id" = {ReceiptCounter.TheOnly} RETURNING "Next" AS "Value" """)
            .ToListAsync(ct)).Single();
        if (blockEnd > ReceiptNumbers.Capacity)
        {
            throw new InvalidOperationException("Every receipt number (2^40) has been handed out.");
        }
        return blockEnd;
    }
}
