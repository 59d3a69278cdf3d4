namespace Madoguchi.Core.Cases.Messages;

/// <summary>
/// A message between the department and the resident about one case, shown to both in order.
/// Plain text as typed; pages escape it. Messages are only ever added.
/// </summary>
public sealed class CaseMessage
{
    public long Id { get; set; }
    public Guid ApplicationId { get; set; }
    public DateTimeOffset At { get; set; }
    public MessageSender From { get; set; }

    /// <summary>The staff member who wrote it; null for the resident.</summary>
    public string? StaffMemberId { get; set; }

    /// <summary>
    /// The writer's name as it was at the time: the staff member's name (shown to staff; residents
    /// see the department), or 申請者 for the resident.
    /// </summary>
    public required string AuthorName { get; set; }

    public required string Body { get; set; }
}

public enum MessageSender
{
    Department,
    Resident,
}
