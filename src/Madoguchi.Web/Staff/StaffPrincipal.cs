using System.Security.Claims;

namespace Madoguchi.Web.Staff;

internal static class StaffPrincipal
{
    /// <summary>The signed-in staff member's id; the /staff pages are never reached without one.</summary>
    public static string StaffMemberId(this ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("No staff member is signed in.");
}
