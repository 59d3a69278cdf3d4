using System.Security.Claims;

using Madoguchi.Core.Audit;

namespace Madoguchi.Web.Staff;

internal static class StaffPrincipal
{
    /// <summary>Claims added by <see cref="StaffClaimsFactory"/>, rebuilt from the database on every request.</summary>
    public const string DisplayNameClaim = "madoguchi:display-name";
    public const string AdministratorClaim = "madoguchi:administrator";
    public const string TwoFactorClaim = "madoguchi:two-factor";

    /// <summary>The signed-in staff member's id; the /staff pages are never reached without one.</summary>
    public static string StaffMemberId(this ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("No staff member is signed in.");

    public static bool IsAdministrator(this ClaimsPrincipal user) => user.HasClaim(AdministratorClaim, "true");

    public static bool HasTwoFactor(this ClaimsPrincipal user) => user.HasClaim(TwoFactorClaim, "true");

    /// <summary>The signed-in member as the audit log names them, with today's display name.</summary>
    public static AuditActor AuditActor(this ClaimsPrincipal user) =>
        Core.Audit.AuditActor.Staff(user.StaffMemberId(), user.FindFirstValue(DisplayNameClaim) ?? "", user.Identity?.Name);
}
