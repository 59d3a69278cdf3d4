namespace Madoguchi.Core.Audit;

/// <summary>Who an audit entry is about: a kind, an id where there is one, and a name snapshot.</summary>
public sealed record AuditActor(AuditActorKind Kind, string? Id, string Name)
{
    public static readonly AuditActor System = new(AuditActorKind.System, null, "Madoguchi");

    public static readonly AuditActor Anonymous = new(AuditActorKind.Anonymous, null, "(not signed in)");

    public static readonly AuditActor Resident = new(AuditActorKind.Resident, null, "(resident)");

    /// <summary>A staff member, named as colleagues see them plus the login name, e.g. "窓口 花子 (shimin-clerk)".</summary>
    public static AuditActor Staff(string id, string displayName, string? userName) =>
        new(AuditActorKind.Staff, id, string.IsNullOrEmpty(userName) ? displayName : $"{displayName} ({userName})");
}
