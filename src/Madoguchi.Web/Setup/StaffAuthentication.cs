using Madoguchi.Core.Identity;

using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace Madoguchi.Web.Setup;

/// <summary>Staff sign-in: Identity accounts and a cookie that only the /staff pages ever see.</summary>
internal static class StaffAuthentication
{
    public const string LoginPath = "/staff/login";

    /// <summary>Idle timeout: the cookie slides while the staff member keeps working.</summary>
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromMinutes(30);

    /// <summary>Absolute limit: a working day, however active the session.</summary>
    public static readonly TimeSpan AbsoluteTimeout = TimeSpan.FromHours(8);

    private const string SignedInAt = "madoguchi.signed-in-at";

    public static void AddStaffAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies(cookies =>
            cookies.ApplicationCookie?.Configure(o =>
            {
                o.Cookie.Name = "madoguchi-staff";
                o.Cookie.Path = "/staff";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.ExpireTimeSpan = IdleTimeout;
                o.SlidingExpiration = true;
                o.LoginPath = LoginPath;
                o.LogoutPath = "/staff/logout";
                o.AccessDeniedPath = LoginPath;
                o.Events.OnValidatePrincipal = ValidateAsync;
            }));
        services.AddStaffIdentity();
        services.AddAuthorization();
    }

    /// <summary>Marks the moment of sign-in; sliding renewals keep the properties, so the mark survives.</summary>
    public static AuthenticationProperties NewSession(TimeProvider clock) =>
        new(new Dictionary<string, string?> { [SignedInAt] = clock.GetUtcNow().ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture) });

    private static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var clock = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>();
        if (!context.Properties.Items.TryGetValue(SignedInAt, out var value)
            || !long.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var seconds)
            || clock.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(seconds) > AbsoluteTimeout)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }
        // Identity's check: a changed security stamp (password reset, lockout by an admin) ends the session.
        await SecurityStampValidator.ValidatePrincipalAsync(context);
    }
}
