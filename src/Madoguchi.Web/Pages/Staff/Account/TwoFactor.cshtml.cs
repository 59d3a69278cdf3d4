using Madoguchi.Core.Identity;
using Madoguchi.Core.Identity.Accounts;
using Madoguchi.Web.Staff;

using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Madoguchi.Web.Pages.Staff.Account;

/// <summary>
/// Two-factor sign-in: enrol an authenticator app (key as text and QR code, confirmed with a
/// code), get new recovery codes, or switch it off (not administrators: for them it is required,
/// and <see cref="AdministratorTwoFactorGate"/> sends them here until they have enrolled).
/// </summary>
public sealed class TwoFactorModel(UserManager<StaffMember> users, SignInManager<StaffMember> signIn, TwoFactorEnrolment enrolment) : PageModel
{
    [BindProperty]
    public string? Code { get; set; }

    internal StaffMember Member { get; private set; } = null!;

    /// <summary>The key to type into an authenticator app, in groups of four.</summary>
    internal string? Key { get; private set; }

    internal string? QrCode { get; private set; }

    /// <summary>Shown once, right after they were made; only their hashes are kept.</summary>
    internal IReadOnlyList<string>? RecoveryCodes { get; private set; }

    internal int RecoveryCodesLeft { get; private set; }

    internal bool WrongCode { get; private set; }

    [BindProperty(SupportsGet = true, Name = "done")]
    public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostEnableAsync(CancellationToken ct)
    {
        await LoadAsync();
        if (Member.TwoFactorEnabled)
        {
            return RedirectToPage();
        }
        if (await enrolment.EnableAsync(User.AuditActor(), Member, Code ?? "", ct) is not { } codes)
        {
            return Wrong();
        }
        // Two-factor on changes the security stamp; this session carries on with a fresh cookie.
        await signIn.RefreshSignInAsync(Member);
        RecoveryCodes = codes;
        return NoStore();
    }

    public async Task<IActionResult> OnPostRecoveryCodesAsync(CancellationToken ct)
    {
        await LoadAsync();
        if (!Member.TwoFactorEnabled)
        {
            return RedirectToPage();
        }
        RecoveryCodes = await enrolment.NewRecoveryCodesAsync(User.AuditActor(), Member, ct);
        return NoStore();
    }

    public async Task<IActionResult> OnPostDisableAsync(CancellationToken ct)
    {
        await LoadAsync();
        if (!Member.TwoFactorEnabled || Member.IsAdministrator)
        {
            return RedirectToPage();
        }
        if (!await enrolment.DisableAsync(User.AuditActor(), Member, Code ?? "", ct))
        {
            return Wrong();
        }
        await signIn.RefreshSignInAsync(Member);
        return RedirectToPage(new { done = "disabled" });
    }

    private async Task LoadAsync()
    {
        Member = (await users.GetUserAsync(User))!;
        if (Member.TwoFactorEnabled)
        {
            RecoveryCodesLeft = await users.CountRecoveryCodesAsync(Member);
            return;
        }
        var key = await enrolment.KeyAsync(Member);
        Key = string.Join(' ', key.Chunk(4).Select(c => new string(c)));
        QrCode = AuthenticatorQrCode.DataUri(key, Member.UserName ?? Member.Id);
    }

    private PageResult Wrong()
    {
        WrongCode = true;
        Code = null;
        return Page();
    }

    private PageResult NoStore()
    {
        Response.Headers.CacheControl = "no-store";
        return Page();
    }
}
