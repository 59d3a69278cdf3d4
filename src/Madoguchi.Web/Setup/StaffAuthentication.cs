using Madoguchi.Core.Identity;
using Madoguchi.Web.Staff;

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

    /// <summary>Between the password and the authenticator code.</summary>
    public static readonly TimeSpan SecondStepTimeout = TimeSpan.FromMinutes(5);

    public static void AddStaffAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies(cookies =>
        {
            cookies.ApplicationCookie?.Configure(o =>
            {
                o.Cookie.Name = "madoguchi-staff";
                Scope(o.Cookie);
                o.ExpireTimeSpan = IdleTimeout;
                o.SlidingExpiration = true;
                o.LoginPath = LoginPath;
                o.LogoutPath = "/staff/logout";
                o.AccessDeniedPath = LoginPath;
                o.Events.OnValidatePrincipal = ValidateAsync;
            });
            // Remembers who passed the password step, for the authenticator step only.
            cookies.TwoFactorUserIdCookie?.Configure(o =>
            {
                o.Cookie.Name = "madoguchi-staff-2fa";
                Scope(o.Cookie);
                o.ExpireTimeSpan = SecondStepTimeout;
            });
        });
        // Every request checks the security stamp: "sign out everywhere", a disabled account or a
        // new password ends every other session at its next click, not half an hour later.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero);
        services.AddStaffIdentity()
            .AddSignInManager<StaffSignInManager>()
            .AddClaimsPrincipalFactory<StaffClaimsFactory>()
            .AddTokenProvider<AuthenticatorTokenProvider<StaffMember>>(TokenOptions.DefaultAuthenticatorProvider);
        services.AddAuthorization();
    }

    private static void Scope(CookieBuilder cookie)
    {
        cookie.Path = "/staff";
        cookie.HttpOnly = true;
        cookie.SameSite = SameSiteMode.Strict;
        cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
    }

    private static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var clock = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>();
        if (StaffSignInManager.SessionStart(context.Properties) is not { } start || clock.GetUtcNow() - start > AbsoluteTimeout)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }
        // Identity's check: a changed security stamp (sign-out everywhere, new password, disabled account) ends the session.
        await SecurityStampValidator.ValidatePrincipalAsync(context);
    }
}
