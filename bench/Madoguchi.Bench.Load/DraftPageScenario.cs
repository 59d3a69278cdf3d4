using System.Net;
using System.Text.RegularExpressions;

namespace Madoguchi.Bench.Load;

/// <summary>
/// A resident's form page: the first page of a 住民票 draft (name, date of birth, address, a choice),
/// read from the database, validated for display and rendered by Razor. The draft is started once,
/// as a browser would (GET the procedure page, POST its form with the antiforgery token).
/// </summary>
internal sealed partial class DraftPageScenario : Scenario
{
    private string _pagePath = "";

    public override string Name => "form page (GET /drafts/{secret}/pages/requester, 住民票)";

    public override async Task PrepareAsync(Uri baseAddress)
    {
        using var handler = new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        using var client = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
        var page = await client.GetStringAsync(new Uri("/procedures/juminhyo", UriKind.Relative));
        var token = TokenPattern().Match(page);
        if (!token.Success)
        {
            throw new InvalidOperationException("No antiforgery token on /procedures/juminhyo.");
        }
        using var form = new FormUrlEncodedContent([new("__RequestVerificationToken", WebUtility.HtmlDecode(token.Groups[1].Value))]);
        using var started = await client.PostAsync(new Uri("/procedures/juminhyo", UriKind.Relative), form);
        _pagePath = started.Headers.Location?.OriginalString
            ?? throw new InvalidOperationException($"Starting a draft answered {(int)started.StatusCode} without a Location.");
    }

    public override HttpRequestMessage Create(string runTag, int worker, long sequence) => new(HttpMethod.Get, _pagePath);

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
