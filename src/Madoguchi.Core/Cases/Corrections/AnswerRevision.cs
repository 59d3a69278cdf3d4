using Madoguchi.Core.Cases.Lifecycle;

namespace Madoguchi.Core.Cases.Corrections;

/// <summary>
/// One version of an application's answers. Number 1 is the answers as first submitted (written
/// when the first correction arrives, so intake writes nothing extra); each resubmission adds the
/// next number. The application's DataJson is always the latest; rows are never changed.
/// </summary>
/// <remarks>Not to be confused with <c>Application.Revision</c>, the concurrency counter of case changes.</remarks>
public sealed class AnswerRevision
{
    public long Id { get; set; }
    public Guid ApplicationId { get; set; }
    public int Number { get; set; }

    /// <summary>The answers exactly as validated and stored at the time.</summary>
    public required string DataJson { get; set; }
    public long? FeeYen { get; set; }
    public DateTimeOffset At { get; set; }
    public CaseActorKind ActorKind { get; set; }

    /// <summary>The request this revision answered; null for the original answers.</summary>
    public long? CorrectionRequestId { get; set; }

    /// <summary>Submitted after the request's deadline.</summary>
    public bool Late { get; set; }
}
