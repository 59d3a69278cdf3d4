using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

using Madoguchi.Core.Data;
using Madoguchi.Core.Procedures;
using Madoguchi.Core.Submissions.Receipts;
using Madoguchi.Forms.Validation;
using Madoguchi.Japanese.Calendar;

using Microsoft.EntityFrameworkCore;

namespace Madoguchi.Core.Submissions.Submit;

public sealed record SubmitCommand(
    string ProcedureCode,
    JsonObject Answers,
    string? IdempotencyKey,
    SubmissionChannel Channel,
    Guid? DraftId = null);

public abstract record SubmitOutcome
{
    public sealed record Accepted(Application Application, bool Replayed) : SubmitOutcome;
    public sealed record Invalid(IReadOnlyList<FieldError> Errors) : SubmitOutcome;
    public sealed record UnknownProcedure : SubmitOutcome;
    public sealed record KeyReusedWithOtherData(string ReceiptNumber) : SubmitOutcome;
    public sealed record DuplicateBlocked(string EarlierReceiptNumber) : SubmitOutcome;
}

/// <summary>
/// Turns validated answers into a stored application and its 受付番号. A retry with the same
/// idempotency key (a double click, a reload, a client retry) returns the first application
/// instead of creating another; the unique index on (procedure, key) decides races between nodes.
/// </summary>
public sealed class SubmitApplication(
    MadoguchiDb db,
    PublishedForms forms,
    DuplicateCheck duplicates,
    BusinessCalendar calendar,
    ISubmissionLock submissionLock,
    TimeProvider clock)
{
    public async Task<SubmitOutcome> HandleAsync(SubmitCommand command, CancellationToken ct = default)
    {
        var published = await forms.FindAsync(command.ProcedureCode, ct);
        if (published is null)
        {
            return new SubmitOutcome.UnknownProcedure();
        }
        var requestHash = Hash(command.Answers.ToJsonString());
        if (command.IdempotencyKey is { } key && await FindByKeyAsync(published, key, ct) is { } earlier)
        {
            return Replay(earlier, requestHash);
        }

        var now = clock.GetUtcNow();
        var result = published.Form.Validate(command.Answers, new ValidationOptions(JapanDate.Today(clock)));
        if (!result.IsValid)
        {
            return new SubmitOutcome.Invalid(result.Errors);
        }

        // The provider's lock makes check-then-insert atomic: on one node (SQLite) or across nodes (PostgreSQL).
        var fingerprint = DuplicateCheck.Fingerprint(published.Form.Definition, result.Data);
        return await submissionLock.RunAsync(db, published.Procedure.Id, fingerprint, async () =>
        {
            if (command.IdempotencyKey is { } key2 && await FindByKeyAsync(published, key2, ct) is { } raced)
            {
                return Replay(raced, requestHash);
            }
            var earlierDuplicate = await duplicates.FindEarlierAsync(published.Procedure, fingerprint, now, ct);
            if (earlierDuplicate is not null && published.Procedure.DuplicatePolicy == DuplicatePolicy.Block)
            {
                return new SubmitOutcome.DuplicateBlocked(earlierDuplicate);
            }
            var application = NewApplication(command, published, result, requestHash, fingerprint, now);
            application.DueOn = calendar.AddBusinessDays(JapanDate.Today(clock), published.Procedure.StandardProcessingDays);
            application.PossibleDuplicateOf = earlierDuplicate;
            return await SaveAsync(application, command, published, requestHash, ct);
        }, ct);
    }

    private async Task<SubmitOutcome> SaveAsync(
        Application application, SubmitCommand command, PublishedProcedure published, string requestHash, CancellationToken ct)
    {
        for (var attempt = 0; ; attempt++)
        {
            db.Applications.Add(application);
            await LinkDraftAsync(command, application, ct);
            try
            {
                await db.SaveChangesAsync(ct);
                return new SubmitOutcome.Accepted(application, Replayed: false);
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                db.ChangeTracker.Clear();
                if (command.IdempotencyKey is { } key && await FindByKeyAsync(published, key, ct) is { } other)
                {
                    return Replay(other, requestHash);
                }
                application.ReceiptNumber = ReceiptNumber.NewNumber(); // a receipt collision: draw again
            }
        }
    }

    private async Task LinkDraftAsync(SubmitCommand command, Application application, CancellationToken ct)
    {
        if (command.DraftId is not { } draftId)
        {
            return;
        }
        var draft = await db.Drafts.FirstAsync(d => d.Id == draftId, ct);
        draft.ApplicationId = application.Id;
        var attachments = await db.Attachments.Where(a => a.DraftId == draftId).ToListAsync(ct);
        var used = AttachmentIds.In(application.DataJson);
        foreach (var attachment in attachments.Where(a => used.Contains(a.Id)))
        {
            attachment.ApplicationId = application.Id;
        }
    }

    private Task<Application?> FindByKeyAsync(PublishedProcedure published, string key, CancellationToken ct) =>
        db.Applications.AsNoTracking()
            .FirstOrDefaultAsync(a => a.ProcedureId == published.Procedure.Id && a.IdempotencyKey == key, ct);

    private static SubmitOutcome Replay(Application earlier, string requestHash) =>
        earlier.RequestHash == requestHash
            ? new SubmitOutcome.Accepted(earlier, Replayed: true)
            : new SubmitOutcome.KeyReusedWithOtherData(earlier.ReceiptNumber);

    private static Application NewApplication(
        SubmitCommand command, PublishedProcedure published, FormValidationResult result,
        string requestHash, string? fingerprint, DateTimeOffset now)
    {
        var (name, nameKey) = ApplicantNames.From(published.Form.Definition, result.Data);
        return new Application
        {
            Id = Guid.NewGuid(),
            ReceiptNumber = ReceiptNumber.NewNumber(),
            ProcedureId = published.Procedure.Id,
            FormVersionId = published.Version.Id,
            DataJson = result.Data.ToJsonString(),
            FeeYen = result.FeeYen,
            SubmittedAt = now,
            Status = ApplicationStatus.Received,
            Channel = command.Channel,
            IdempotencyKey = command.IdempotencyKey,
            RequestHash = requestHash,
            ApplicantName = name,
            ApplicantNameKey = nameKey,
            DuplicateFingerprint = fingerprint,
        };
    }

    internal static string Hash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
