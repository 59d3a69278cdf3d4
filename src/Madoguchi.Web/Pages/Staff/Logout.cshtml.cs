using Madoguchi.Core.Audit;
using Madoguchi.Core.Identity;
using Madoguchi.Web.Staff;

using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Madoguchi.Web.Pages.Staff;

/// <summary>Sign-out is a POST with the antiforgery token, so another site cannot sign a clerk out.</summary>
public sealed class LogoutModel(SignInManager<StaffMember> signIn, UserManager<StaffMember> users, SignInAudit audit) : PageModel
{
    public IActionResult OnGet() => NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await users.GetUserAsync(User) is { } member)
        {
            await audit.RecordAsync(member, AuditActions.SignOut, "this-session", ct);
        }
        await signIn.SignOutAsync();
        return Redirect(Setup.StaffAuthentication.LoginPath);
    }
}
