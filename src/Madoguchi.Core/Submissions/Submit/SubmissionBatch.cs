using Madoguchi.Core.Data;
using Madoguchi.Core.Procedures;
using Madoguchi.Core.Submissions.Drafts;

using Microsoft.EntityFrameworkCore;

namespace Madoguchi.Core.Submissions.Submit;

/// <summary>
/// Writes a batch of validated applications in one transaction: one commit, one fsync for all of
/// them. Idempotency and the duplicate check hold inside the batch exactly as between batches: an
/// item is compared with the stored applications and with the items accepted before it.
/// </summary>
public sealed class SubmissionBatch(MadoguchiDb db, DuplicateCheck duplicates, ISubmissionLock submissionLock, TimeProvider clock)
{
    /// <summary>
    /// Returns each item's outcome, in order, once the transaction has committed. Throws when it
    /// did not; then nothing of the batch was stored.
    /// </summary>
    public async Task<IReadOnlyList<SubmitOutcome>> WriteAsync(IReadOnlyList<PendingSubmission> items, CancellationToken ct = default)
    {
        try
        {
            // Nearly every item carries a key never stored before: assume so and let the insert tell,
            // instead of reading the batch's keys back first (that query was a third of the writer's CPU).
            return await WriteAsync(items, readStoredKeys: false, ct);
        }
        catch (StoredKeyFound)
        {
            // A retry of an application stored earlier (on this node or another), or rarely a
            // receipt-number collision: nothing of the first attempt was committed. Decide again,
            // now against the stored applications; a collision then fails as before and is renumbered.
            return await WriteAsync(items, readStoredKeys: true, ct);
        }
    }

    private async Task<IReadOnlyList<SubmitOutcome>> WriteAsync(IReadOnlyList<PendingSubmission> items, bool readStoredKeys, CancellationToken ct)
    {
        var keys = items.Select(i => i.DuplicateKey).OfType<DuplicateKey>().Distinct().ToList();
        await db.Database.OpenConnectionAsync(ct); // one connection for the reads and the commit
        try
        {
            return await submissionLock.RunAsync(db, keys, async () =>
            {
                // The provider's lock may have begun the transaction (PostgreSQL); otherwise it is ours.
                await using var owned = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
                var stored = readStoredKeys ? await StoredByKeyAsync(items, ct) : [];
                var earlier = await duplicates.FindEarlierAsync(items, ct);
                var drafts = await DraftsToLinkAsync(items, ct);
                var decided = new Decisions(stored, earlier, drafts);
                var outcomes = new SubmitOutcome[items.Count];
                var accepted = new List<PendingSubmission>(items.Count);
                for (var i = 0; i < items.Count; i++)
                {
                    outcomes[i] = decided.For(items[i]);
                    if (outcomes[i] is SubmitOutcome.Accepted { Replayed: false })
                    {
                        accepted.Add(items[i]);
                    }
                }
                var applications = accepted.Select(i => i.Application);
                if (readStoredKeys)
                {
                    await RowInsert<Application>.For(db).InsertAsync(db, applications, Describe, ct);
                }
                else if (await RowInsert<Application>.For(db).InsertUnlessTakenAsync(db, applications, Describe, ct) > 0)
                {
                    throw new StoredKeyFound(); // leaves the transaction uncommitted: it rolls back
                }
                await RowInsert<ApplicantNameTerm>.For(db).InsertAsync(db, accepted.SelectMany(i => i.Application.NameTerms), t => $"a name term of {t.ApplicationId}", ct);
                if (accepted.Any(i => i.DraftId is not null))
                {
                    foreach (var item in accepted)
                    {
                        await LinkDraftAsync(item, drafts, ct);
                    }
                    await db.SaveChangesAsync(ct);
                }
                if (owned is not null)
                {
                    await owned.CommitAsync(ct);
                }
                return outcomes;
            }, ct);
        }
        finally
        {
            db.ChangeTracker.Clear();
            await db.Database.CloseConnectionAsync();
        }
    }

    private static string Describe(Application application) => $"application {application.ReceiptNumber}";

    /// <summary>The first, optimistic attempt met a row a unique index already holds and must not commit.</summary>
    private sealed class StoredKeyFound : Exception;

    private async Task<Dictionary<(int, string), Application>> StoredByKeyAsync(IReadOnlyList<PendingSubmission> items, CancellationToken ct)
    {
        var stored = new Dictionary<(int, string), Application>();
        foreach (var procedure in items.Where(i => i.Application.IdempotencyKey is not null).GroupBy(i => i.Procedure.Id))
        {
            var keys = procedure.Select(i => i.Application.IdempotencyKey).Distinct().ToList();
            // One array parameter, not EF 10's default of one parameter per key, whose SQL differs
            // with every number of keys. Only read when a batch met a stored key (above).
            var rows = await db.Applications.AsNoTracking()
                .Where(a => a.ProcedureId == procedure.Key && EF.Parameter(keys).Contains(a.IdempotencyKey))
                .ToListAsync(ct);
            foreach (var row in rows)
            {
                stored[(row.ProcedureId, row.IdempotencyKey!)] = row;
            }
        }
        return stored;
    }

    /// <summary>
    /// The batch's drafts that may still be linked. One the purge may already be deleting (files
    /// first) is left out, even while its row is still there: its items are refused, not stored
    /// pointing at files that are gone.
    /// </summary>
    private async Task<Dictionary<Guid, Draft>> DraftsToLinkAsync(IReadOnlyList<PendingSubmission> items, CancellationToken ct)
    {
        var ids = items.Select(i => i.DraftId).OfType<Guid>().Distinct().ToList();
        if (ids.Count == 0)
        {
            return [];
        }
        var purged = PurgeExpiredDrafts.PurgedBefore(clock.GetUtcNow());
        return await db.Drafts.Where(d => ids.Contains(d.Id) && d.ExpiresAt >= purged).ToDictionaryAsync(d => d.Id, ct);
    }

    // The HTML flow's draft points at its application, and so do the files the answers use.
    private async Task LinkDraftAsync(PendingSubmission item, Dictionary<Guid, Draft> drafts, CancellationToken ct)
    {
        if (item.DraftId is not { } draftId)
        {
            return;
        }
        var application = item.Application;
        var draft = drafts[draftId];
        draft.ApplicationId = application.Id;
        var attachments = await db.Attachments.Where(a => a.DraftId == draftId).ToListAsync(ct);
        var used = AttachmentIds.In(application.DataJson);
        foreach (var attachment in attachments.Where(a => used.Contains(a.Id)))
        {
            attachment.ApplicationId = application.Id;
        }
    }

    /// <summary>What each item of the batch becomes, in order, given what is stored and what came before it.</summary>
    private sealed class Decisions(
        Dictionary<(int, string), Application> stored, DuplicateCheck.Earlier earlier, Dictionary<Guid, Draft> drafts)
    {
        private readonly Dictionary<(int, string), Application> acceptedByKey = [];
        private readonly Dictionary<DuplicateKey, string> acceptedByPerson = [];

        public SubmitOutcome For(PendingSubmission item)
        {
            var application = item.Application;
            (int, string)? idempotency = application.IdempotencyKey is { } k ? (item.Procedure.Id, k) : null;
            if (idempotency is { } key
                && (stored.TryGetValue(key, out var first) || acceptedByKey.TryGetValue(key, out first)))
            {
                return SubmitApplication.Replay(first, application.RequestHash);
            }
            if (item.DraftId is { } draftId && !drafts.ContainsKey(draftId))
            {
                return new SubmitOutcome.DraftExpired(); // refused before it claims a key or a person
            }
            // A stored application is always older than one accepted earlier in this batch.
            var person = item.DuplicateKey;
            var earlierReceipt = earlier.Find(item)
                ?? (person is { } p ? acceptedByPerson.GetValueOrDefault(p) : null);
            if (earlierReceipt is not null && item.Procedure.DuplicatePolicy == DuplicatePolicy.Block)
            {
                return new SubmitOutcome.DuplicateBlocked(earlierReceipt);
            }
            application.PossibleDuplicateOf = earlierReceipt;
            if (idempotency is { } accepted)
            {
                acceptedByKey[accepted] = application;
            }
            if (person is { } claimed)
            {
                acceptedByPerson.TryAdd(claimed, application.ReceiptNumber);
            }
            return new SubmitOutcome.Accepted(application, Replayed: false);
        }
    }
}
