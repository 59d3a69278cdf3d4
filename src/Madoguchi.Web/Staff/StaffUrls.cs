using Microsoft.AspNetCore.Mvc;

namespace Madoguchi.Web.Staff;

internal static class StaffUrls
{
    /// <summary>Where to go after sign-in: a staff page of this site, else the inbox (no open redirect).</summary>
    public static string SafeReturnUrl(IUrlHelper url, string? returnUrl) =>
        returnUrl is not null && url.IsLocalUrl(returnUrl) && (returnUrl == "/staff" || returnUrl.StartsWith("/staff/", StringComparison.Ordinal))
            ? returnUrl
            : "/staff";
}
