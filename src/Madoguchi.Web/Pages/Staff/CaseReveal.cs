using Madoguchi.Core.Audit;
using Madoguchi.Core.Cases.Views;
using Madoguchi.Core.Data;
using Madoguchi.Web.Staff;

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Madoguchi.Web.Pages.Staff;

/// <summary>The case page's audit: every view of it, and the explicit 表示 of a masked 個人番号.</summary>
public sealed partial class CaseModel
{
    /// <summary>The 個人番号 field shown in full in this one response (e.g. "children[0].childIndividualNumber").</summary>
    internal string? RevealedField { get; private set; }

    internal string? RevealedNumber { get; private set; }

    public async Task<IActionResult> OnPostRevealAsync(string receiptNumber, string? field, [FromServices] RevealIndividualNumber reveal, CancellationToken ct)
    {
        var shown = await OnGetAsync(receiptNumber, null, ct);
        if (shown is not PageResult)
        {
            return shown;
        }
        if (await reveal.HandleAsync(User.AuditActor(), Application, field, ct) is not { } number)
        {
            return BadRequest();
        }
        (RevealedField, RevealedNumber) = (field, number);
        return shown;
    }

    // Whatever handler rendered it, showing the case page is a view of personal data: it goes to
    // the audit log (a reveal has its own entry), and no cache keeps a copy.
    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        if (executed.Exception is not null || executed.Result is not PageResult)
        {
            return;
        }
        Response.Headers.CacheControl = "no-store";
        if (RevealedNumber is null)
        {
            var services = HttpContext.RequestServices;
            await services.GetRequiredService<AuditTrail>().RecordNowAsync(services.GetRequiredService<MadoguchiDb>(),
                User.AuditActor(), AuditActions.CaseViewed, Application.ReceiptNumber, null, HttpContext.RequestAborted);
        }
    }
}
