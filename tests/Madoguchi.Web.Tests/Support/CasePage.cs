using System.Net;
using System.Text.RegularExpressions;

using Madoguchi.Core.Data;
using Madoguchi.Core.Submissions;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Madoguchi.Web.Tests.Support;

/// <summary>Acts on the case page as a browser does: reads the form's revision and token, posts to the action's handler.</summary>
public static partial class CasePage
{
    public static string Url(string receipt) => $"/staff/applications/{receipt}";

    /// <summary>Opens the case page and posts the form of <paramref name="handler"/> (Assign, AssignToMe, StartReview, Draft, Approve, SendBack).</summary>
    public static async Task<HttpResponseMessage> ActAsync(this ResidentBrowser staff, string receipt, string handler, params (string Name, string Value)[] fields)
    {
        var html = await staff.GetHtmlAsync(Url(receipt));
        return await staff.PostActionAsync(receipt, handler, Revision(html), Html.AntiforgeryToken(html), fields);
    }

    /// <summary>Posts an action with a given revision and token, as a page opened earlier would.</summary>
    public static async Task<HttpResponseMessage> PostActionAsync(
        this ResidentBrowser staff, string receipt, string handler, string? revision, string token, params (string Name, string Value)[] fields)
    {
        var all = fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).ToList();
        all.Add(new("__RequestVerificationToken", token));
        if (revision is not null)
        {
            all.Add(new("Revision", revision));
        }
        return await staff.Client.PostAsync($"{Url(receipt)}?handler={handler}", new FormUrlEncodedContent(all));
    }

    /// <summary>Acts and asserts it was done (a redirect back to the case with the confirmation).</summary>
    public static async Task DoAsync(this ResidentBrowser staff, string receipt, string handler, params (string Name, string Value)[] fields)
    {
        using var response = await staff.ActAsync(receipt, handler, fields);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect,
            $"{handler} on {receipt} answered {(int)response.StatusCode}:\n{ErrorSummary(await response.Content.ReadAsStringAsync())}");
        Assert.Equal($"{Url(receipt)}?done={handler}", response.Headers.Location!.OriginalString);
    }

    /// <summary>The revision the page's action forms carry; null when it offers no action.</summary>
    public static string? Revision(string html) =>
        RevisionPattern().Match(html) is { Success: true } m ? m.Groups[1].Value : null;

    /// <summary>The action forms the page offers (data-action names).</summary>
    public static IReadOnlyList<string> Actions(string html) =>
        [.. ActionPattern().Matches(html).Select(m => m.Groups[1].Value)];

    public static string ErrorSummary(string html) =>
        SummaryPattern().Match(html) is { Success: true } m ? WebUtility.HtmlDecode(Regex.Replace(m.Groups[1].Value, "<[^>]+>", " ")).Trim() : "";

    public static async Task<Application> LoadAsync(this MadoguchiApp app, string receipt)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MadoguchiDb>();
        return await db.Applications.AsNoTracking().SingleAsync(a => a.ReceiptNumber == receipt);
    }

    public static async Task<List<Core.Cases.Lifecycle.CaseHistoryEntry>> HistoryAsync(this MadoguchiApp app, string receipt)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MadoguchiDb>();
        var id = await db.Applications.Where(a => a.ReceiptNumber == receipt).Select(a => a.Id).SingleAsync();
        return await db.CaseHistory.AsNoTracking().Where(h => h.ApplicationId == id).OrderBy(h => h.Id).ToListAsync();
    }

    [GeneratedRegex("name=\"Revision\" value=\"(\\d+)\"")]
    private static partial Regex RevisionPattern();

    [GeneratedRegex("data-action=\"(\\w+)\"")]
    private static partial Regex ActionPattern();

    [GeneratedRegex("data-error-summary>(.*?)</div>", RegexOptions.Singleline)]
    private static partial Regex SummaryPattern();
}
