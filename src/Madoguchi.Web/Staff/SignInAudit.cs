using Madoguchi.Core.Audit;
using Madoguchi.Core.Data;
using Madoguchi.Core.Identity;

namespace Madoguchi.Web.Staff;

/// <summary>Writes sign-in events to the audit log, with the client's address (never what was typed).</summary>
public sealed class SignInAudit(MadoguchiDb db, AuditTrail audit, IHttpContextAccessor http)
{
    public Task RecordAsync(StaffMember? member, string action, string detail, CancellationToken ct = default)
    {
        var actor = member is null ? AuditActor.Anonymous : AuditActor.Staff(member.Id, member.DisplayName, member.UserName);
        var address = http.HttpContext?.Connection.RemoteIpAddress?.ToString();
        return audit.RecordNowAsync(db, actor, action, member?.Id, AuditTrail.Details(new { detail, address }), ct);
    }
}
