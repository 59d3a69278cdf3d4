using Madoguchi.Core.Submissions;
using Madoguchi.Core.Submissions.Status;
using Madoguchi.Core.Submissions.Withdraw;

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Madoguchi.Web.Pages.Status;

/// <summary>The resident's status page (secret link), with 取下げ while the case is undecided.</summary>
[EnableRateLimiting("status-lookup")]
public sealed class ShowModel(FindApplication find, WithdrawApplication withdraw) : PageModel
{
    internal Application Application { get; private set; } = null!;
    public string Token { get; private set; } = "";
    public bool Withdrawn { get; private set; }
    public bool NeedsConfirmation { get; private set; }

    public async Task<IActionResult> OnGetAsync(string receipt, string? t, CancellationToken ct)
    {
        if (await find.WithTokenAsync(receipt, t, ct) is not { } application)
        {
            return NotFound();
        }
        Application = application;
        Token = t!;
        return Page();
    }

    public async Task<IActionResult> OnPostWithdrawAsync(string receipt, string? t, bool confirm, CancellationToken ct)
    {
        if (await find.WithTokenAsync(receipt, t, ct) is not { } application)
        {
            return NotFound();
        }
        Token = t!;
        if (!confirm)
        {
            Application = application;
            NeedsConfirmation = true;
            return Page();
        }
        Withdrawn = await withdraw.HandleAsync(application.Id, ct);
        Application = (await find.WithTokenAsync(receipt, t, ct))!;
        return Page();
    }
}
