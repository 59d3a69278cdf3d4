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

    /// <summary>The writer's queue is full: nothing was stored; try again in a moment.</summary>
    public sealed record Busy : SubmitOutcome;

    /// <summary>
    /// The draft it was answered in is gone, or past its expiry long enough that the purge may be
    /// deleting it and its files: nothing was stored; the resident starts again.
    /// </summary>
    public sealed record DraftExpired : SubmitOutcome;
}

/// <summary>
/// Turns validated answers into a stored application and its 受付番号. Validation, numbering and
/// everything else that needs no database happen here, in parallel across requests; the
/// <see cref="SubmissionWriter"/> then stores it together with whatever else is waiting. A retry
/// with the same idempotency key (a double click, a reload, a client retry) returns the first
/// application instead of creating another; the unique index on (procedure, key) decides races between nodes.
/// A valid submission never reads the database here, so a context is made only for a refused one.
/// </summary>
public sealed class SubmitApplication(
    IDbContextFactory<MadoguchiDb> contexts,
    PublishedForms forms,
    SubmissionWriter writer,
    ReceiptSequences receipts,
    BusinessCalendar calendar,
    TimeProvider clock)
{
    public async Task<SubmitOutcome> HandleAsync(SubmitCommand command, CancellationToken ct = default)
    {
        var (pending, refused) = await PrepareAsync(command, ct);
        return pending is null ? refused! : await writer.WriteAsync(pending, ct);
    }

    /// <summary>
    /// Everything but storing: the procedure, validation, the 受付番号 and the search and duplicate
    /// keys. Gives the application to write, or the outcome when there is nothing to write.
    /// </summary>
    public async Task<(PendingSubmission? Pending, SubmitOutcome? Refused)> PrepareAsync(SubmitCommand command, CancellationToken ct = default)
    {
        var published = await forms.FindAsync(command.ProcedureCode, ct);
        if (published is null)
        {
            return (null, new SubmitOutcome.UnknownProcedure());
        }
        var requestHash = Hash(command.Answers.ToJsonString());
        var now = clock.GetUtcNow();
        var result = published.Form.Validate(command.Answers, new ValidationOptions(JapanDate.Today(clock)));
        if (!result.IsValid)
        {
            // A retry of an application accepted earlier gets its receipt, even if today's rules would refuse it now.
            return (null, command.IdempotencyKey is { } key && await FindByKeyAsync(published, key, ct) is { } earlier
                ? Replay(earlier, requestHash)
                : new SubmitOutcome.Invalid(result.Errors));
        }
        var application = NewApplication(command, published, result, requestHash, now);
        await receipts.NumberAsync(application, ct);
        application.DueOn = calendar.AddBusinessDays(JapanDate.Today(clock), published.Procedure.StandardProcessingDays);
        return (new PendingSubmission(application, published.Procedure, command.DraftId, ct), null);
    }

    private async Task<Application?> FindByKeyAsync(PublishedProcedure published, string key, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Applications.AsNoTracking()
            .FirstOrDefaultAsync(a => a.ProcedureId == published.Procedure.Id && a.IdempotencyKey == key, ct);
    }

    internal static SubmitOutcome Replay(Application earlier, string? requestHash) =>
        earlier.RequestHash == requestHash
            ? new SubmitOutcome.Accepted(earlier, Replayed: true)
            : new SubmitOutcome.KeyReusedWithOtherData(earlier.ReceiptNumber);

    private static Application NewApplication(
        SubmitCommand command, PublishedProcedure published, FormValidationResult result, string requestHash, DateTimeOffset now)
    {
        var definition = published.Form.Definition;
        var (name, nameKey, terms) = ApplicantNames.From(definition, result.Data);
        var application = new Application
        {
            // Time-ordered: each new row lands at the end of the key's index instead of on a random
            // page, so a batch dirties (and syncs) far fewer pages. The id is never shown to residents.
            Id = Guid.CreateVersion7(now),
            ReceiptNumber = "", // numbered once valid: below
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
            DuplicateFingerprint = DuplicateCheck.Fingerprint(definition, result.Data),
        };
        application.NameTerms = ApplicantNames.Rows(application, terms);
        return application;
    }

    internal static string Hash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
