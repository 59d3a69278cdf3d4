using System.Net;

using Madoguchi.Web.Tests.Support;

namespace Madoguchi.Web.Tests.Staff;

public sealed class LoginTests(MadoguchiApp app) : IClassFixture<MadoguchiApp>
{
    private const string Generic = "ログインIDまたはパスワードが正しくないか";

    [Fact]
    public async Task A_clerk_signs_in_with_the_demo_password_and_gets_a_strict_http_only_staff_cookie()
    {
        var browser = new ResidentBrowser(app.Browser());
        using var response = await browser.LoginAsync("shimin-clerk", StaffBrowser.DemoPassword);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/staff", response.Headers.Location!.OriginalString);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("madoguchi-staff=", StringComparison.Ordinal));
        Assert.Contains("path=/staff", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("shimin-clerk", await browser.GetHtmlAsync("/staff"));
    }

    [Fact]
    public async Task A_wrong_password_and_an_unknown_account_get_the_same_message()
    {
        var browser = new ResidentBrowser(app.Browser());
        using var wrong = await browser.LoginAsync("zeimu-clerk", "not-the-password-at-all");
        using var unknown = await browser.LoginAsync("nobody-here", "not-the-password-at-all");

        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.OK, unknown.StatusCode);
        var wrongHtml = await wrong.Content.ReadAsStringAsync();
        Assert.Contains(Generic, wrongHtml);
        Assert.Contains("data-error-summary", wrongHtml);
        Assert.Equal(ErrorSummary(wrongHtml), ErrorSummary(await unknown.Content.ReadAsStringAsync()));
        Assert.DoesNotContain("madoguchi-staff=", string.Join(' ', wrong.Headers.TryGetValues("Set-Cookie", out var c) ? c : []));
    }

    [Fact]
    public async Task Five_failures_lock_the_account_so_even_the_right_password_is_refused()
    {
        var browser = new ResidentBrowser(app.Browser());
        for (var i = 0; i < 5; i++)
        {
            using var failed = await browser.LoginAsync("kankyo-chief", "wrong-password-" + i);
            Assert.Contains(Generic, await failed.Content.ReadAsStringAsync());
        }

        using var locked = await browser.LoginAsync("kankyo-chief", StaffBrowser.DemoPassword);

        Assert.Equal(HttpStatusCode.OK, locked.StatusCode);
        Assert.Contains(Generic, await locked.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData(100_000, 10)]
    [InlineData(10, 100_000)]
    [InlineData(0, 0)]
    public async Task Oversized_or_empty_names_and_passwords_get_the_same_message_not_an_error(int nameLength, int passwordLength)
    {
        var browser = new ResidentBrowser(app.Browser());

        using var response = await browser.LoginAsync(new string('n', nameLength), new string('p', passwordLength));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(Generic, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Login_without_the_antiforgery_token_is_refused()
    {
        using var response = await app.Browser().PostAsync("/staff/login", new FormUrlEncodedContent(
            [new("UserName", "shimin-clerk"), new("Password", StaffBrowser.DemoPassword)]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Logout_needs_the_antiforgery_token_and_then_ends_the_session()
    {
        var browser = await app.SignedInAsync("doro-manager");

        using var forged = await browser.Client.PostAsync("/staff/logout", new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Contains("doro-manager", await browser.GetHtmlAsync("/staff"));

        using var loggedOut = await browser.LogoutAsync();
        Assert.Equal(HttpStatusCode.Redirect, loggedOut.StatusCode);
        using var after = await browser.Client.GetAsync("/staff");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.True(StaffBrowser.IsLoginRedirect(after));
    }

    private static string ErrorSummary(string html) =>
        html[html.IndexOf("<div class=\"error-summary\"", StringComparison.Ordinal)..html.IndexOf("<form", StringComparison.Ordinal)];
}
