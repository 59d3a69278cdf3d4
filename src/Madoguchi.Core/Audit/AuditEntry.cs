namespace Madoguchi.Core.Audit;

/// <summary>
/// One line of the audit log (監査ログ): who did or saw what, when. Entries are only ever added;
/// each carries the hash of the one before it, so an edited or deleted entry breaks the chain.
/// Never put a password, token, access code or 個人番号 in any field.
/// </summary>
public sealed class AuditEntry
{
    /// <summary>1, 2, 3… without gaps, assigned when the entry is saved.</summary>
    public long Sequence { get; set; }

    /// <summary>UTC, to the microsecond (what both databases keep exactly).</summary>
    public DateTimeOffset At { get; set; }

    public AuditActorKind ActorKind { get; set; }

    /// <summary>The staff member's id; null for residents, the system and unknown visitors.</summary>
    public string? ActorId { get; set; }

    /// <summary>The actor's name as it was at the time (a later rename does not rewrite history).</summary>
    public required string ActorName { get; set; }

    /// <summary>One of <see cref="AuditActions"/>, e.g. "case.view".</summary>
    public required string Action { get; set; }

    /// <summary>What it was done to: a 受付番号 for anything about a case, a staff id for accounts.</summary>
    public string? Target { get; set; }

    /// <summary>A short text or JSON object with the particulars (e.g. the attachment id).</summary>
    public string? Details { get; set; }

    /// <summary>Hex SHA-256 of the entry before (64 zeros for the first).</summary>
    public string PreviousHash { get; set; } = "";

    /// <summary>Hex SHA-256 of this entry's fields and <see cref="PreviousHash"/> (see <see cref="AuditHash"/>).</summary>
    public string Hash { get; set; } = "";

    /// <summary>Order of recording within one unit of work, so entries are chained in the order they were recorded.</summary>
    internal long RecordedOrder { get; set; }
}

public enum AuditActorKind
{
    /// <summary>A signed-in staff member (職員).</summary>
    Staff,

    /// <summary>A resident acting on their own application.</summary>
    Resident,

    /// <summary>Madoguchi itself (a scheduled job, start-up).</summary>
    System,

    /// <summary>Someone not signed in, e.g. a failed sign-in with an unknown name.</summary>
    Anonymous,
}
