using System.Globalization;
using System.Security.Claims;

using Madoguchi.Core.Identity;

using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Madoguchi.Web.Staff;

/// <summary>
/// Identity's sign-in manager, plus the moment of sign-in in the session's properties. Every way
/// in (password, authenticator code, recovery code) ends here; a refresh keeps the first mark, so
/// the 8-hour limit counts from the real sign-in.
/// </summary>
internal sealed class StaffSignInManager(
    UserManager<StaffMember> users, IHttpContextAccessor context, IUserClaimsPrincipalFactory<StaffMember> claims,
    IOptions<IdentityOptions> options, ILogger<SignInManager<StaffMember>> logger, IAuthenticationSchemeProvider schemes,
    IUserConfirmation<StaffMember> confirmation, TimeProvider clock)
    : SignInManager<StaffMember>(users, context, claims, options, logger, schemes, confirmation)
{
    public const string SignedInAt = "madoguchi.signed-in-at";

    public override Task SignInWithClaimsAsync(StaffMember user, AuthenticationProperties? authenticationProperties, IEnumerable<Claim> additionalClaims)
    {
        authenticationProperties ??= new AuthenticationProperties();
        if (!authenticationProperties.Items.ContainsKey(SignedInAt))
        {
            authenticationProperties.Items[SignedInAt] = clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        }
        return base.SignInWithClaimsAsync(user, authenticationProperties, additionalClaims);
    }

    /// <summary>When the session began, or null when the mark is missing or unreadable.</summary>
    public static DateTimeOffset? SessionStart(AuthenticationProperties properties) =>
        properties.Items.TryGetValue(SignedInAt, out var value)
        && long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;
}
