namespace Madoguchi.Core.Cases.Notes;

/// <summary>
/// 内部メモ: a note staff of the owning department leave on a case for each other. Never shown to
/// the resident: no resident page or API reads this table. Notes are only ever added.
/// </summary>
public sealed class InternalNote
{
    public long Id { get; set; }
    public Guid ApplicationId { get; set; }
    public DateTimeOffset At { get; set; }
    public required string StaffMemberId { get; set; }

    /// <summary>The writer's name as it was at the time.</summary>
    public required string AuthorName { get; set; }

    public required string Body { get; set; }
}
