using System.Net;

using Madoguchi.Core.Data;
using Madoguchi.Web.Tests.Support;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Madoguchi.Web.Tests.Security;

/// <summary>
/// IPA 「安全なウェブサイトの作り方」 classes that the resident side can meet today (the staff side adds
/// access control and sessions with the back office).
/// </summary>
public sealed class SafeWebsiteTests(MadoguchiApp app) : IClassFixture<MadoguchiApp>
{
    private const string Script = "<script>alert('x')</script>";

    [Fact]
    public async Task Cross_site_scripting_typed_into_an_answer_is_shown_as_text()
    {
        var browser = new ResidentBrowser(app.Browser());
        var url = await browser.StartAsync("doro-tsuho");
        using var saved = await browser.PostAsync(url, [new("problemKind", "other"), new("problemOther", Script), new("action", "save")]);
        var html = await saved.Content.ReadAsStringAsync();

        Assert.DoesNotContain(Script, html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("' OR 1=1 --")]
    [InlineData("\"; DROP TABLE Procedures; --")]
    [InlineData("%' UNION SELECT * FROM InstallationSecrets --")]
    public async Task Sql_injection_in_the_catalogue_search_finds_nothing_and_breaks_nothing(string search)
    {
        var html = await new ResidentBrowser(app.Browser()).GetHtmlAsync("/?q=" + Uri.EscapeDataString(search));
        Assert.Contains("条件に合う手続きはありません", html);

        using var scope = app.Services.CreateScope();
        Assert.Equal(7, await scope.ServiceProvider.GetRequiredService<MadoguchiDb>().Procedures.CountAsync());
    }

    [Fact]
    public async Task A_file_name_with_a_path_is_kept_only_as_a_display_name()
    {
        var browser = new ResidentBrowser(app.Browser());
        var url = await browser.StartAsync("doro-tsuho");
        using var first = await browser.PostAsync(url, [new("problemKind", "pothole"), new("action", "next")]);
        using var upload = await browser.PostAsync(first.Headers.Location!.OriginalString,
            [new("locationDescription", "市役所前の交差点"), new("action", "save")],
            [new UploadFile("photos", "../../../etc/passwd\u202Egpj.jpg", TestFiles.Jpeg)]);

        using var scope = app.Services.CreateScope();
        var attachment = await scope.ServiceProvider.GetRequiredService<MadoguchiDb>().Attachments.OrderBy(a => a.UploadedAt).LastAsync();
        Assert.Equal("passwdgpj.jpg", attachment.FileName);
        Assert.DoesNotContain("..", attachment.StorageKey, StringComparison.Ordinal);
        Assert.DoesNotContain("/", attachment.StorageKey, StringComparison.Ordinal);
        Assert.Equal("image/jpeg", attachment.ContentType);
    }

    [Fact]
    public async Task Pages_cannot_be_framed_by_another_site()
    {
        using var response = await app.Browser().GetAsync("/procedures/juminhyo");
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_antiforgery_cookie_is_http_only_and_same_site_strict()
    {
        using var response = await app.Browser().GetAsync("/procedures/juminhyo");
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("madoguchi-csrf", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Guessing_access_codes_is_rate_limited()
    {
        var browser = new ResidentBrowser(app.Browser());
        var statuses = new List<HttpStatusCode>();
        var waits = new List<TimeSpan?>();
        for (var i = 0; i < 25; i++)
        {
            using var response = await browser.Client.GetAsync("/status");
            statuses.Add(response.StatusCode);
            waits.Add(response.Headers.RetryAfter?.Delta);
        }
        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
        // The refusal says how long to wait (what is left of the minute), not the overload limit's 503.
        Assert.DoesNotContain(HttpStatusCode.ServiceUnavailable, statuses);
        Assert.All(statuses.Select((s, i) => (s, i)).Where(x => x.s == HttpStatusCode.TooManyRequests), x => Assert.True(waits[x.i] > TimeSpan.Zero));
    }

    [Fact]
    public async Task The_server_error_page_explains_in_plain_Japanese_without_details()
    {
        using var response = await app.Browser().GetAsync("/error/500");
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("ただいま処理できません", html);
        Assert.DoesNotContain("Exception", html, StringComparison.Ordinal);
    }
}
