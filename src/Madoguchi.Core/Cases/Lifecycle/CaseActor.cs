namespace Madoguchi.Core.Cases.Lifecycle;

/// <summary>The person (or the system) behind a case change, with the name to keep in the history.</summary>
public sealed record CaseActor(CaseActorKind Kind, string? StaffMemberId, string Name)
{
    /// <summary>A staff member's login name, for the audit log beside the display name; null when not known.</summary>
    public string? UserName { get; init; }

    public static CaseActor Staff(string staffMemberId, string displayName, string? userName = null) =>
        new(CaseActorKind.Staff, staffMemberId, displayName) { UserName = userName };

    /// <summary>The applicant, who acts through the status page with the receipt number and access code.</summary>
    public static CaseActor Resident { get; } = new(CaseActorKind.Resident, null, "申請者");

    public static CaseActor System { get; } = new(CaseActorKind.System, null, "システム");
}
