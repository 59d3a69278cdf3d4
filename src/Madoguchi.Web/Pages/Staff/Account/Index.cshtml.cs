using Madoguchi.Core.Identity;
using Madoguchi.Core.Identity.Accounts;
using Madoguchi.Web.Staff;

using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Madoguchi.Web.Pages.Staff.Account;

/// <summary>The member's own account: two-factor status, a new password, and sign-out everywhere.</summary>
public sealed class IndexModel(UserManager<StaffMember> users, SignInManager<StaffMember> signIn, StaffAccounts accounts) : PageModel
{
    public const int MaxPasswordLength = 1000;

    [BindProperty]
    public string? CurrentPassword { get; set; }

    [BindProperty]
    public string? NewPassword { get; set; }

    [BindProperty]
    public string? ConfirmPassword { get; set; }

    internal StaffMember Member { get; private set; } = null!;

    /// <summary>Field id and UiText key of each problem, in the order of the form.</summary>
    internal List<(string Field, string Message)> Errors { get; } = [];

    [BindProperty(SupportsGet = true, Name = "done")]
    public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        Member = (await users.GetUserAsync(User))!;
        return Page();
    }

    public async Task<IActionResult> OnPostPasswordAsync(CancellationToken ct)
    {
        Member = (await users.GetUserAsync(User))!;
        if (string.IsNullOrEmpty(CurrentPassword) || CurrentPassword.Length > MaxPasswordLength)
        {
            Errors.Add(("current-password", "account.currentWrong"));
        }
        if (string.IsNullOrEmpty(NewPassword) || NewPassword.Length < users.Options.Password.RequiredLength || NewPassword.Length > MaxPasswordLength)
        {
            Errors.Add(("new-password", "account.passwordLength"));
        }
        else if (!string.Equals(NewPassword, ConfirmPassword, StringComparison.Ordinal))
        {
            Errors.Add(("confirm-password", "account.passwordsDiffer"));
        }
        if (Errors.Count == 0)
        {
            var result = await accounts.ChangePasswordAsync(User.AuditActor(), Member, CurrentPassword!, NewPassword!, ct);
            if (result.Succeeded)
            {
                // The new security stamp ends the other sessions; this one gets a fresh cookie.
                await signIn.RefreshSignInAsync(Member);
                return RedirectToPage(new { done = "password" });
            }
            Errors.Add(result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch))
                ? ("current-password", "account.currentWrong")
                : ("new-password", "account.passwordRefused"));
        }
        (CurrentPassword, NewPassword, ConfirmPassword) = (null, null, null);
        return Page();
    }

    /// <summary>Ends every session of this member on every device, this one included.</summary>
    public async Task<IActionResult> OnPostSignOutEverywhereAsync(CancellationToken ct)
    {
        Member = (await users.GetUserAsync(User))!;
        await accounts.EndSessionsAsync(User.AuditActor(), Member, ct);
        await signIn.SignOutAsync();
        return Redirect(Setup.StaffAuthentication.LoginPath);
    }
}
