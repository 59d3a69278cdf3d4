using Madoguchi.Core.Identity;

using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Madoguchi.Web.Pages.Staff;

/// <summary>Sign-out is a POST with the antiforgery token, so another site cannot sign a clerk out.</summary>
public sealed class LogoutModel(SignInManager<StaffMember> signIn) : PageModel
{
    public IActionResult OnGet() => NotFound();

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return Redirect(Setup.StaffAuthentication.LoginPath);
    }
}
