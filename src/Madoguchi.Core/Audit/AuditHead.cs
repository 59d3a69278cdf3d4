namespace Madoguchi.Core.Audit;

/// <summary>
/// The one row that names the newest audit entry. It is updated in the same transaction as every
/// append, and its row lock is what makes appenders on every node queue up, so the chain stays a
/// line. Verification compares it with the last entry: deleting the newest entries without also
/// rewriting this row is detected.
/// </summary>
public sealed class AuditHead
{
    public const int RowId = 1;

    public int Id { get; set; }

    /// <summary>Sequence of the newest entry; 0 while the log is empty.</summary>
    public long Sequence { get; set; }

    public required string Hash { get; set; }
}
