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
/// <remarks>
/// A block never starts below <see cref="PerSecond"/> numbers for every second since 2026 (the
/// counter follows the clock when it is ahead). This is for a database restored from a backup: the
/// counter goes back with it, but the numbers handed out after the backup are still in residents'
/// hands, and their access codes are made from the number; handing one out again would let its
/// code open another person's application. A restore takes far longer than the
/// <see cref="BlockSize"/> / <see cref="PerSecond"/> ≈ 39 seconds the clock needs to pass every
/// number of a block, unless a rush handed out numbers faster than <see cref="PerSecond"/> for a
/// long while just before the failure. 2^40 numbers at this rate last until about 2162.
/// </remarks>
public sealed class ReceiptSequences(IDbContextFactory<MadoguchiDb> contexts, ReceiptNumbers numbers, TimeProvider clock) : IDisposable
{
    /// <summary>One reservation per this many applications: rare enough not to matter at a rush, small against 2^40.</summary>
    public const int BlockSize = 10_000;

    /// <summary>How fast the lowest number a new block may start at rises with the clock.</summary>
    public const long PerSecond = 256;

    private static readonly DateTimeOffset Epoch = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

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
        var floor = Math.Max(0, (long)(clock.GetUtcNow() - Epoch).TotalSeconds) * PerSecond;
        // One statement, committed on its own: the row lock (PostgreSQL) or the write lock (SQLite)
        // lasts only this update, so two nodes reserving at once get consecutive blocks.
        var blockEnd = (await db.Database.SqlQuery<long>(
            $"""
            UPDATE "ReceiptCounter" SET "Next" = (CASE WHEN "Next" > {floor} THEN "Next" ELSE {floor} END) + {BlockSize}
            WHERE "Id" = {ReceiptCounter.TheOnly} RETURNING "Next" AS "Value"
            """)
            .ToListAsync(ct)).Single();
        if (blockEnd > ReceiptNumbers.Capacity)
        {
            throw new InvalidOperationException("Every receipt number (2^40) has been handed out.");
        }
        return blockEnd;
    }
}
