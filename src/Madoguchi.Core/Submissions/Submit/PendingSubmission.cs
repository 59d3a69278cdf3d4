using Madoguchi.Core.Procedures;

namespace Madoguchi.Core.Submissions.Submit;

/// <summary>
/// A validated, numbered application handed to the <see cref="SubmissionWriter"/>; its request
/// waits on <see cref="Outcome"/>, which completes only after the transaction holding it committed.
/// </summary>
public sealed class PendingSubmission(Application application, Procedure procedure, Guid? draftId, CancellationToken requestAborted)
{
    private readonly TaskCompletionSource<SubmitOutcome> completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Application Application { get; } = application;
    public Procedure Procedure { get; } = procedure;

    /// <summary>The 一時保存 draft this application was answered in (the HTML flow); linked in the same transaction.</summary>
    public Guid? DraftId { get; } = draftId;

    /// <summary>A request that gave up before its batch started is left out; once in a batch it is written whole.</summary>
    public CancellationToken RequestAborted { get; } = requestAborted;

    public Task<SubmitOutcome> Outcome => completion.Task;

    /// <summary>The duplicate key this item claims, or null when its procedure does not look for duplicates.</summary>
    public DuplicateKey? DuplicateKey =>
        Application.DuplicateFingerprint is { } fingerprint && Procedure.DuplicatePolicy != DuplicatePolicy.None
            ? new DuplicateKey(Procedure.Id, fingerprint)
            : null;

    internal bool Complete(SubmitOutcome outcome) => completion.TrySetResult(outcome);

    internal bool Fail(Exception exception) => completion.TrySetException(exception);

    internal bool Cancel() => completion.TrySetCanceled(RequestAborted);
}
