using Madoguchi.Core.Audit;
using Madoguchi.Core.Identity;
using Madoguchi.Web.Staff;

using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Madoguchi.Web.Pages.Staff;

/// <summary>Staff sign-in. Every failure gives the same message: an unknown name, a wrong password and a locked account look alike.</summary>
public sealed class LoginModel(
    UserManager<StaffMember> users, SignInManager<StaffMember> signIn, IPasswordHasher<StaffMember> hasher, SignInAudit audit) : PageModel
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

    public async Task<IActionResult> OnPostAsync(string? returnUrl, CancellationToken ct)
    {
        var member = string.IsNullOrEmpty(UserName) || UserName.Length > 256 ? null : await users.FindByNameAsync(UserName);
        if (member is null)
        {
            var standIn = new StaffMember { DisplayName = "", DisplayNameKana = "" };
            unknownUserHash ??= hasher.HashPassword(standIn, Guid.NewGuid().ToString());
            hasher.VerifyHashedPassword(standIn, unknownUserHash, Password ?? "");
            // The typed name is not kept: people type their password into the wrong box.
            await audit.RecordAsync(null, AuditActions.SignInFailed, "unknown-name", ct);
            return Refuse();
        }
        if (string.IsNullOrEmpty(Password) || Password.Length > 1000)
        {
            await audit.RecordAsync(member, AuditActions.SignInFailed, "no-password", ct);
            return Refuse();
        }
        var wasLocked = await users.IsLockedOutAsync(member);
        // Counts the failure towards lockout (5 in a row: 15 minutes) and refuses a locked account.
        var result = await signIn.PasswordSignInAsync(member, Password, isPersistent: false, lockoutOnFailure: true);
        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("/Staff/LoginTwoFactor", new { returnUrl = StaffUrls.SafeReturnUrl(Url, returnUrl) });
        }
        if (result.Succeeded)
        {
            await audit.RecordAsync(member, AuditActions.SignIn, "password", ct);
            return LocalRedirect(StaffUrls.SafeReturnUrl(Url, returnUrl));
        }
        await audit.RecordAsync(member, result.IsLockedOut ? AuditActions.LockedOut : AuditActions.SignInFailed,
            result.IsLockedOut ? (wasLocked ? "attempt-while-locked" : "locked-after-failures") : "password", ct);
        return Refuse();
    }

    private PageResult Refuse()
    {
        Failed = true;
        Password = null;
        return Page();
    }
}
