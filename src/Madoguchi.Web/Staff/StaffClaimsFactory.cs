using System.Security.Claims;

using Madoguchi.Core.Identity;

using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Madoguchi.Web.Staff;

/// <summary>
/// Adds what the staff pages need on every request to the sign-in principal: the display name
/// (for the audit log), administrator and two-factor flags. The security stamp is validated on
/// every request, which rebuilds the principal here, so the flags are never stale.
/// </summary>
internal sealed class StaffClaimsFactory(UserManager<StaffMember> users, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<StaffMember>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(StaffMember user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(StaffPrincipal.DisplayNameClaim, user.DisplayName));
        if (user.IsAdministrator)
        {
            identity.AddClaim(new Claim(StaffPrincipal.AdministratorClaim, "true"));
        }
        if (user.TwoFactorEnabled)
        {
            identity.AddClaim(new Claim(StaffPrincipal.TwoFactorClaim, "true"));
        }
        return identity;
    }
}
