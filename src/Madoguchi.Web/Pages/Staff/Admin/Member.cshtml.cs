using Madoguchi.Core.Identity;
using Madoguchi.Core.Identity.Accounts;
using Madoguchi.Web.Staff;

using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Madoguchi.Web.Pages.Staff.Admin;

/// <summary>
/// One staff account, for administrators: end its sessions, disable or enable it, set a new
/// password, reset its two-factor sign-in. Every action is audited and ends the member's sessions.
/// </summary>
public sealed class MemberModel(UserManager<StaffMember> users, StaffAccounts accounts) : PageModel
{
    [BindProperty]
    public string? NewPassword { get; set; }

    [BindProperty]
    public string? ConfirmPassword { get; set; }

    [BindProperty(SupportsGet = true, Name = "done")]
    public string? Done { get; set; }

    internal StaffMember Member { get; private set; } = null!;

    internal List<(string Field, string Message)> Errors { get; } = [];

    public async Task<IActionResult> OnGetAsync(string id) => await LoadAsync(id) ? Page() : NotFound();

    public Task<IActionResult> OnPostEndSessionsAsync(string id, CancellationToken ct) =>
        ActAsync(id, "sessions", () => accounts.EndSessionsAsync(User.AuditActor(), Member, ct));

    public Task<IActionResult> OnPostDisableAsync(string id, CancellationToken ct) =>
        ActAsync(id, "disabled", () => accounts.DisableAsync(User.AuditActor(), Member, ct));

    public Task<IActionResult> OnPostEnableAsync(string id, CancellationToken ct) =>
        ActAsync(id, "enabled", () => accounts.EnableAsync(User.AuditActor(), Member, ct));

    public Task<IActionResult> OnPostResetTwoFactorAsync(string id, CancellationToken ct) =>
        ActAsync(id, "two-factor", () => accounts.ResetTwoFactorAsync(User.AuditActor(), Member, ct));

    public async Task<IActionResult> OnPostPasswordAsync(string id, CancellationToken ct)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        if (string.IsNullOrEmpty(NewPassword) || NewPassword.Length < users.Options.Password.RequiredLength
            || NewPassword.Length > Account.IndexModel.MaxPasswordLength)
        {
            Errors.Add(("new-password", "account.passwordLength"));
        }
        else if (!string.Equals(NewPassword, ConfirmPassword, StringComparison.Ordinal))
        {
            Errors.Add(("confirm-password", "account.passwordsDiffer"));
        }
        else if ((await accounts.SetPasswordAsync(User.AuditActor(), Member, NewPassword, ct)).Succeeded)
        {
            return RedirectToPage(new { id, done = "password" });
        }
        else
        {
            Errors.Add(("new-password", "account.passwordRefused"));
        }
        (NewPassword, ConfirmPassword) = (null, null);
        return Page();
    }

    private async Task<IActionResult> ActAsync(string id, string done, Func<Task<IdentityResult>> action)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        // An administrator who disables their own account has nobody left to enable it.
        if (done == "disabled" && Member.Id == User.StaffMemberId())
        {
            Errors.Add(("disable", "admin.notYourself"));
            return Page();
        }
        await action();
        return RedirectToPage(new { id, done });
    }

    private async Task<bool> LoadAsync(string id)
    {
        if (!User.IsAdministrator() || id.Length > 100 || await users.FindByIdAsync(id) is not { } member)
        {
            return false;
        }
        Member = member;
        return true;
    }
}
