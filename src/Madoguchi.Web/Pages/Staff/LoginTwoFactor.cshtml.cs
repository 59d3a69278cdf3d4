using Madoguchi.Core.Audit;
using Madoguchi.Core.Identity;
using Madoguchi.Core.Identity.Accounts;
using Madoguchi.Web.Staff;

using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Madoguchi.Web.Pages.Staff;

/// <summary>
/// The second step of sign-in for members with two-factor on: the code from their authenticator
/// app, or one of their recovery codes. Wrong codes count towards the same lockout as passwords.
/// </summary>
public sealed class LoginTwoFactorModel(SignInManager<StaffMember> signIn, UserManager<StaffMember> users, SignInAudit audit) : PageModel
{
    [BindProperty]
    public string? Code { get; set; }

    [BindProperty]
    public string? RecoveryCode { get; set; }

    /// <summary>Which field the error summary points at, or null when there is no error.</summary>
    public string? ErrorField { get; private set; }

    public string? ReturnUrl { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? returnUrl)
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return RedirectToPage("/Staff/Login");
        }
        ReturnUrl = StaffUrls.SafeReturnUrl(Url, returnUrl);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? returnUrl, CancellationToken ct)
    {
        ReturnUrl = StaffUrls.SafeReturnUrl(Url, returnUrl);
        // The password step expired (5 minutes) or never happened.
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is not { } member)
        {
            return RedirectToPage("/Staff/Login");
        }
        var code = TwoFactorEnrolment.Normalise(Code);
        var result = code is null
            ? await FailAsync(member)
            : await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false);
        return await FinishAsync(member, result, "password+authenticator", "code", ct);
    }

    public async Task<IActionResult> OnPostRecoveryAsync(string? returnUrl, CancellationToken ct)
    {
        ReturnUrl = StaffUrls.SafeReturnUrl(Url, returnUrl);
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is not { } member)
        {
            return RedirectToPage("/Staff/Login");
        }
        var code = RecoveryCode?.Trim().Replace(" ", "", StringComparison.Ordinal);
        // Identity does not count wrong recovery codes; Madoguchi does, like any other guess.
        var result = string.IsNullOrEmpty(code) || code.Length > 40 || await users.IsLockedOutAsync(member)
            ? await FailAsync(member)
            : await signIn.TwoFactorRecoveryCodeSignInAsync(code);
        if (!result.Succeeded && !result.IsLockedOut && code is { Length: > 0 and <= 40 })
        {
            await users.AccessFailedAsync(member);
            result = await users.IsLockedOutAsync(member) ? Microsoft.AspNetCore.Identity.SignInResult.LockedOut : result;
        }
        return await FinishAsync(member, result, "password+recovery-code", "recovery-code", ct);
    }

    private async Task<Microsoft.AspNetCore.Identity.SignInResult> FailAsync(StaffMember member) =>
        await users.IsLockedOutAsync(member) ? Microsoft.AspNetCore.Identity.SignInResult.LockedOut : Microsoft.AspNetCore.Identity.SignInResult.Failed;

    private async Task<IActionResult> FinishAsync(StaffMember member, Microsoft.AspNetCore.Identity.SignInResult result, string method, string field, CancellationToken ct)
    {
        if (result.Succeeded)
        {
            await audit.RecordAsync(member, AuditActions.SignIn, method, ct);
            return LocalRedirect(ReturnUrl!);
        }
        await audit.RecordAsync(member, result.IsLockedOut ? AuditActions.LockedOut : AuditActions.SignInFailed,
            result.IsLockedOut ? "second-step-locked" : "wrong-" + field, ct);
        Code = null;
        RecoveryCode = null;
        ErrorField = field;
        return Page();
    }
}
