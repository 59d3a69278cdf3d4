using Madoguchi.Core.Submissions.Drafts;

using Microsoft.AspNetCore.Mvc;

namespace Madoguchi.Web.Pages.Drafts;

/// <summary>
/// What every draft page answers for a link that opens no usable draft: the 期限切れ page for one that
/// expired unsent (a bookmark, the back button, a page left open), "not found" for anything else.
/// </summary>
internal static class MissingDraft
{
    public static async Task<IActionResult> AnswerAsync(DraftStore drafts, string secret, CancellationToken ct) =>
        await drafts.ExpiredUnsentAsync(secret, ct) ? ExpiredPage(secret) : new NotFoundResult();

    /// <summary>The 期限切れ page: the draft cannot be sent, and nothing was received.</summary>
    public static RedirectResult ExpiredPage(string secret) => new($"/drafts/{secret}/expired");
}
