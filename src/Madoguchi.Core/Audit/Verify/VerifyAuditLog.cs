using Madoguchi.Core.Data;

using Microsoft.EntityFrameworkCore;

namespace Madoguchi.Core.Audit.Verify;

/// <summary>
/// Walks the whole audit log in order and checks that every entry is there (1, 2, 3… without
/// gaps), that its hash matches its content and that it names the hash of the entry before it;
/// then that the head row names the last entry, and, given an anchor noted earlier outside the
/// database, that the chain still passes through it. Stops at the first break.
/// </summary>
public sealed class VerifyAuditLog(MadoguchiDb db)
{
    public async Task<AuditVerification> HandleAsync(AuditAnchor? anchor = null, CancellationToken ct = default)
    {
        // The head is read before the walk: entries appended meanwhile come after it and are checked too.
        var headBefore = await ReadHeadAsync(ct);
        var (expected, previous) = (1L, AuditHash.Genesis);
        string? hashAtHead = headBefore.Sequence == 0 ? AuditHash.Genesis : null;
        string? hashAtAnchor = null;
        await foreach (var e in db.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).AsAsyncEnumerable().WithCancellation(ct))
        {
            if (e.Sequence != expected)
            {
                return Broken(expected, AuditBreak.Missing, expected - 1, previous);
            }
            if (!string.Equals(e.PreviousHash, previous, StringComparison.Ordinal))
            {
                return Broken(e.Sequence, AuditBreak.Unlinked, expected - 1, previous);
            }
            if (!string.Equals(AuditHash.Of(e), e.Hash, StringComparison.Ordinal))
            {
                return Broken(e.Sequence, AuditBreak.Altered, expected - 1, previous);
            }
            hashAtHead = e.Sequence == headBefore.Sequence ? e.Hash : hashAtHead;
            hashAtAnchor = e.Sequence == anchor?.Sequence ? e.Hash : hashAtAnchor;
            (expected, previous) = (expected + 1, e.Hash);
        }
        var last = expected - 1;
        if (last < headBefore.Sequence)
        {
            // The newest entries are gone but the head still remembers them.
            return Broken(last + 1, AuditBreak.NewestMissing, last, previous);
        }
        if (!string.Equals(hashAtHead, headBefore.Hash, StringComparison.Ordinal))
        {
            return Broken(headBefore.Sequence, AuditBreak.HeadMismatch, last, previous);
        }
        // Every entry seen was committed before this read, and the head moves in the same transaction.
        if (last > (await ReadHeadAsync(ct)).Sequence)
        {
            return Broken(last, AuditBreak.BeyondHead, last, previous);
        }
        if (anchor is not null)
        {
            if (anchor.Sequence > last)
            {
                return Broken(last + 1, AuditBreak.AnchorMissing, last, previous);
            }
            if (anchor.Sequence > 0 && !string.Equals(hashAtAnchor, anchor.Hash, StringComparison.OrdinalIgnoreCase))
            {
                return Broken(anchor.Sequence, AuditBreak.AnchorMismatch, last, previous);
            }
        }
        return new AuditVerification(last, previous, null, null);
    }

    private async Task<AuditHead> ReadHeadAsync(CancellationToken ct) =>
        await db.AuditHeads.AsNoTracking().SingleOrDefaultAsync(h => h.Id == AuditHead.RowId, ct)
        ?? new AuditHead { Id = AuditHead.RowId, Sequence = -1, Hash = "" };

    private static AuditVerification Broken(long at, AuditBreak kind, long lastGood, string lastGoodHash) =>
        new(lastGood, lastGoodHash, at, kind);
}

/// <summary>
/// The outcome: how far the chain is intact (<see cref="Entries"/> entries up to the one with
/// <see cref="LastHash"/>), and where and how it first breaks.
/// </summary>
public sealed record AuditVerification(long Entries, string LastHash, long? BrokenAt, AuditBreak? Break)
{
    public bool Intact => Break is null;
}

public enum AuditBreak
{
    /// <summary>The entry with this number is not there (deleted).</summary>
    Missing,

    /// <summary>The entry's content no longer matches its hash (edited).</summary>
    Altered,

    /// <summary>The entry does not name the hash of the one before it (that one was edited and re-hashed, or entries were swapped).</summary>
    Unlinked,

    /// <summary>The head names entries after the last one: the newest entries were deleted.</summary>
    NewestMissing,

    /// <summary>The head's hash is not the hash of the entry it names.</summary>
    HeadMismatch,

    /// <summary>Entries exist after the one the head names: they were not written by Madoguchi.</summary>
    BeyondHead,

    /// <summary>The anchor noted earlier names an entry that no longer exists: the log was cut back.</summary>
    AnchorMissing,

    /// <summary>The entry at the anchor has another hash than the one noted: history was rewritten.</summary>
    AnchorMismatch,
}
