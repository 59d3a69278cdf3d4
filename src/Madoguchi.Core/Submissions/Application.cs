using Madoguchi.Core.Identity;
using Madoguchi.Core.Procedures;

namespace Madoguchi.Core.Submissions;

/// <summary>
/// A submitted 申請. The answers are stored exactly as validated (DataJson) together with the
/// form version they answered; extracted, normalised columns serve search and duplicate checks.
/// </summary>
public sealed class Application
{
    public Guid Id { get; set; }

    /// <summary>受付番号, e.g. "K7Q-4MX-93P": random-looking, with a check character; made from <see cref="ReceiptSequence"/>.</summary>
    public required string ReceiptNumber { get; set; }

    /// <summary>
    /// The number <see cref="ReceiptNumber"/> is made from (Receipts.ReceiptNumbers), unique and
    /// growing; the application is found by it. Null only between the upgrade that added it and
    /// the start-up that fills it in for applications stored before.
    /// </summary>
    public long? ReceiptSequence { get; set; }

    public int ProcedureId { get; set; }
    public Procedure Procedure { get; set; } = null!;
    public int FormVersionId { get; set; }
    public FormVersion FormVersion { get; set; } = null!;

    public required string DataJson { get; set; }
    public long? FeeYen { get; set; }
    public DateTimeOffset SubmittedAt { get; set; }

    /// <summary>標準処理期間 due date: SubmittedAt (in Japan) plus the procedure's business days.</summary>
    public DateOnly? DueOn { get; set; }
    public ApplicationStatus Status { get; set; }
    public DateTimeOffset? WithdrawnAt { get; set; }

    /// <summary>What the clerk proposed at 起案 (Completed or Rejected); final only after the last approval.</summary>
    public ApplicationStatus? ProposedDecision { get; set; }

    /// <summary>When the decision (完了 or 却下) became final.</summary>
    public DateTimeOffset? DecidedAt { get; set; }

    /// <summary>担当者: the clerk of the owning department handling the case; null until someone is assigned.</summary>
    public string? AssignedToId { get; set; }

    /// <summary>How many times the case went up for approval (起案); 0 before the first. A send-back ends a round.</summary>
    public int ApprovalRound { get; set; }

    /// <summary>The approval route of the current round, copied at 起案: a route edited later does not move a case already in approval.</summary>
    public string? ApprovalRoute { get; set; }

    /// <summary>While 決裁待ち: the step of the route awaited (1 = first approver); null otherwise.</summary>
    public int? ApprovalStep { get; set; }

    /// <summary>The role that acts at <see cref="ApprovalStep"/>, kept beside it so "awaiting my approval" is one indexed query.</summary>
    public DepartmentRole? ApprovalStepRole { get; set; }

    /// <summary>The clerk who drafted (起案) the current round; they may not approve it.</summary>
    public string? DraftedById { get; set; }

    /// <summary>Incremented by every case change; a concurrency token so two people cannot both act on one state.</summary>
    public int Revision { get; set; }
    public SubmissionChannel Channel { get; set; }

    /// <summary>Client-chosen key; one key creates at most one application per procedure.</summary>
    public string? IdempotencyKey { get; set; }

    /// <summary>SHA-256 of the canonical request body, to tell a retry from a different request.</summary>
    public string? RequestHash { get; set; }

    /// <summary>The applicant's name as typed, and its search key (NFKC, kana folded, no spaces).</summary>
    public string? ApplicantName { get; set; }
    public string? ApplicantNameKey { get; set; }

    /// <summary>The name's searchable parts (family, given, whole; kanji and kana) for the inbox's name search.</summary>
    public List<ApplicantNameTerm> NameTerms { get; set; } = [];

    /// <summary>Hash of the procedure's duplicate keys (same person), null when it has none.</summary>
    public string? DuplicateFingerprint { get; set; }

    /// <summary>Set when the procedure flags duplicates instead of blocking them.</summary>
    public string? PossibleDuplicateOf { get; set; }

    public List<Attachment> Attachments { get; set; } = [];
}

public enum SubmissionChannel { Web, Api }
