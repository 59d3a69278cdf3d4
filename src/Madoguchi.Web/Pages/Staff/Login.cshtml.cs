using Madoguchi.Core.Identity;
using Madoguchi.Web.Setup;

using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Madoguchi.Web.Pages.Staff;

/// <summary>Staff sign-in. Every failure gives the same message: an unknown name, a wrong password and a locked account look alike.</summary>
public sealed class LoginModel(
    UserManager<StaffMember> users, SignInManager<StaffMember> signIn, IPasswordHasher<StaffMember> hasher, TimeProvider clock) : PageModel
{
    // Hashed once per process; verifying against it makes an unknown name cost as much as a known one.
    private static string? unknownUserHash;

    [BindProperty]
    public string? UserName { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    public bool Failed { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(string? returnUrl)
    {
        var member = string.IsNullOrEmpty(UserName) || UserName.Length > 256 ? null : await users.FindByNameAsync(UserName);
        if (member is null)
        {
            var standIn = new StaffMember { DisplayName = "", DisplayNameKana = "" };
            unknownUserHash ??= hasher.HashPassword(standIn, Guid.NewGuid().ToString());
            hasher.VerifyHashedPassword(standIn, unknownUserHash, Password ?? "");
        }
        // Counts the failure towards lockout (5 in a row: 15 minutes) and refuses a locked account.
        var result = member is null || string.IsNullOrEmpty(Password)
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signIn.CheckPasswordSignInAsync(member, Password, lockoutOnFailure: true);
        if (!result.Succeeded || member is null)
        {
            Failed = true;
            Password = null;
            return Page();
        }
        await signIn.SignInAsync(member, StaffAuthentication.NewSession(clock));
        return LocalRedirect(IsStaffUrl(returnUrl) ? returnUrl! : "/staff");
    }

    private bool IsStaffUrl(string? url) =>
        Url.IsLocalUrl(url) && (url == "/staff" || url!.StartsWith("/staff/", StringComparison.Ordinal));
}
