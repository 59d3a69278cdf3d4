using System.Net;
using System.Text.RegularExpressions;

using Madoguchi.Core.Audit;
using Madoguchi.Core.Identity;
using Madoguchi.Web.Tests.Support;

using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Madoguchi.Web.Tests.Staff;

/// <summary>TOTP two-factor sign-in, with codes computed in the test from the key the page shows (RFC 6238).</summary>
public sealed partial class TwoFactorTests(MadoguchiApp app) : IClassFixture<MadoguchiApp>
{
    private const string EnrolmentUrl = "/staff/account/two-factor";

    [Fact]
    public async Task A_clerk_enrols_with_a_real_code_keeps_working_and_then_signs_in_with_one()
    {
        var (_, key, codes) = await EnrolAsync("zeimu-clerk");

        Assert.Equal(10, codes.Count);
        var browser = new ResidentBrowser(app.Browser());
        using var password = await browser.LoginAsync("zeimu-clerk", StaffBrowser.DemoPassword);
        Assert.True(StaffBrowser.IsTwoFactorStep(password));
        using var notYet = await browser.Client.GetAsync("/staff");
        Assert.True(StaffBrowser.IsLoginRedirect(notYet));

        using var wrong = await browser.SecondStepAsync(Totp.WrongCode(key));
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("data-error-summary", await wrong.Content.ReadAsStringAsync());
        using var right = await browser.SecondStepAsync(Totp.Code(key));
        Assert.Equal("/staff", right.Headers.Location!.OriginalString);
        Assert.Contains("zeimu-clerk", await browser.GetHtmlAsync("/staff"));

        var entries = await app.EntriesAsync();
        Assert.Contains(entries, e => e.Action == AuditActions.TwoFactorEnabled && e.ActorName.Contains("zeimu-clerk", StringComparison.Ordinal));
        Assert.Contains(entries, e => e.Action == AuditActions.SignIn && e.Details!.Contains("password+authenticator", StringComparison.Ordinal));
        Assert.DoesNotContain(entries, e => (e.Details ?? "").Contains(key, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_recovery_code_signs_in_once()
    {
        var (_, _, codes) = await EnrolAsync("doro-clerk");

        var first = new ResidentBrowser(app.Browser());
        using (await first.LoginAsync("doro-clerk", StaffBrowser.DemoPassword))
        using (var used = await first.SubmitAsync("/staff/login/two-factor", "/staff/login/two-factor?handler=Recovery", [new("RecoveryCode", codes[0])]))
        {
            Assert.Equal(HttpStatusCode.Redirect, used.StatusCode);
        }
        var second = new ResidentBrowser(app.Browser());
        using (await second.LoginAsync("doro-clerk", StaffBrowser.DemoPassword))
        using (var again = await second.SubmitAsync("/staff/login/two-factor", "/staff/login/two-factor?handler=Recovery", [new("RecoveryCode", codes[0])]))
        {
            Assert.Equal(HttpStatusCode.OK, again.StatusCode);
            Assert.Contains("data-error-summary", await again.Content.ReadAsStringAsync());
        }

        Assert.Contains("doro-clerk", await first.GetHtmlAsync("/staff"));
        Assert.Contains(await app.EntriesAsync(), e => e.Action == AuditActions.SignIn && e.Details!.Contains("recovery-code", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Five_wrong_codes_lock_the_account_so_even_the_right_code_is_refused()
    {
        var (_, key, _) = await EnrolAsync("kankyo-clerk");
        var browser = new ResidentBrowser(app.Browser());
        using (await browser.LoginAsync("kankyo-clerk", StaffBrowser.DemoPassword))
        {
        }

        for (var i = 0; i < 5; i++)
        {
            using var wrong = await browser.SecondStepAsync(Totp.WrongCode(key));
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }
        using var right = await browser.SecondStepAsync(Totp.Code(key));

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        using var inbox = await browser.Client.GetAsync("/staff");
        Assert.True(StaffBrowser.IsLoginRedirect(inbox));
        Assert.Contains(await app.EntriesAsync(), e => e.Action == AuditActions.LockedOut && e.ActorName.Contains("kankyo-clerk", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("")]
    [InlineData("abcdef")]
    [InlineData("12345")]
    [InlineData("1234567")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("' OR 1=1 --")]
    public async Task The_second_step_answers_malformed_codes_with_a_clear_error(string code)
    {
        var browser = new ResidentBrowser(app.Browser());
        using (await browser.LoginAsync("admin", StaffBrowser.DemoPassword))
        {
        }

        using var response = await browser.SecondStepAsync(code);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("data-error-summary", html);
        Assert.DoesNotContain("<script>alert", html);
    }

    [Fact]
    public async Task The_second_step_refuses_oversized_input_a_missing_token_and_a_visit_without_the_password_step()
    {
        var browser = new ResidentBrowser(app.Browser());
        using (await browser.LoginAsync("admin", StaffBrowser.DemoPassword))
        {
        }
        using var huge = await browser.SecondStepAsync(new string('1', 100_000));
        using var hugeRecovery = await browser.SubmitAsync("/staff/login/two-factor", "/staff/login/two-factor?handler=Recovery", [new("RecoveryCode", new string('x', 100_000))]);
        using var forged = await browser.Client.PostAsync("/staff/login/two-factor", new FormUrlEncodedContent([new("Code", Totp.Code(StaffBrowser.DemoAdminKey))]));
        var stranger = new ResidentBrowser(app.Browser());
        using var strangerGet = await stranger.Client.GetAsync("/staff/login/two-factor");
        var token = Html.AntiforgeryToken(await stranger.GetHtmlAsync("/staff/login"));
        using var strangerPost = await stranger.Client.PostAsync("/staff/login/two-factor",
            new FormUrlEncodedContent([new("Code", Totp.Code(StaffBrowser.DemoAdminKey)), new("__RequestVerificationToken", token)]));

        Assert.Equal(HttpStatusCode.OK, huge.StatusCode);
        Assert.Equal(HttpStatusCode.OK, hugeRecovery.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.True(StaffBrowser.IsLoginRedirect(strangerGet));
        Assert.True(StaffBrowser.IsLoginRedirect(strangerPost));
        using var stillOut = await stranger.Client.GetAsync("/staff");
        Assert.True(StaffBrowser.IsLoginRedirect(stillOut));
    }

    [Fact]
    public async Task The_demo_administrator_signs_in_with_the_published_key()
    {
        var admin = await app.SignedInAsync("admin");

        Assert.Contains("data-members", await admin.GetHtmlAsync("/staff/admin/members"));
    }

    [Fact]
    public async Task An_administrator_without_two_factor_reaches_nothing_but_enrolment_until_enrolled()
    {
        await CreateAsync("admin-new", administrator: true);
        var browser = new ResidentBrowser(app.Browser());
        using (var signedIn = await browser.LoginAsync("admin-new", StaffBrowser.DemoPassword))
        {
            Assert.Equal("/staff", signedIn.Headers.Location!.OriginalString);
        }

        foreach (var url in new[] { "/staff", "/staff/account", "/staff/admin/members", "/staff/applications/K7Q-4MX-93P" })
        {
            using var gated = await browser.Client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, gated.StatusCode);
            Assert.Equal(EnrolmentUrl, gated.Headers.Location!.OriginalString);
        }
        var enrolment = await browser.GetHtmlAsync(EnrolmentUrl);
        Assert.Contains("data-two-factor-required", enrolment);
        using (var enabled = await browser.SubmitAsync(EnrolmentUrl, EnrolmentUrl + "?handler=Enable", [new("Code", Totp.Code(KeyIn(enrolment)))]))
        {
            Assert.Contains("data-recovery-codes", await enabled.Content.ReadAsStringAsync());
        }

        Assert.Contains("data-members", await browser.GetHtmlAsync("/staff/admin/members"));
        // Required means required: an administrator cannot switch it off again.
        using (await browser.SubmitAsync(EnrolmentUrl, EnrolmentUrl + "?handler=Disable", [new("Code", Totp.Code(KeyIn(enrolment)))]))
        {
        }
        Assert.Contains("data-two-factor=\"on\"", await browser.GetHtmlAsync(EnrolmentUrl));
    }

    [Fact]
    public async Task A_clerk_turns_two_factor_off_only_with_a_right_code()
    {
        var (browser, key, _) = await EnrolAsync("digital-clerk");

        using var wrong = await browser.SubmitAsync(EnrolmentUrl, EnrolmentUrl + "?handler=Disable", [new("Code", Totp.WrongCode(key))]);
        Assert.Contains("data-error-summary", await wrong.Content.ReadAsStringAsync());
        using var right = await browser.SubmitAsync(EnrolmentUrl, EnrolmentUrl + "?handler=Disable", [new("Code", Totp.Code(key))]);
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);

        Assert.Contains("data-two-factor=\"off\"", await browser.GetHtmlAsync(EnrolmentUrl));
        var again = new ResidentBrowser(app.Browser());
        using var passwordOnly = await again.LoginAsync("digital-clerk", StaffBrowser.DemoPassword);
        Assert.Equal("/staff", passwordOnly.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("")]
    [InlineData("000000")]
    [InlineData("not a code")]
    public async Task Enrolment_refuses_a_wrong_code_and_stays_off(string code)
    {
        var browser = await app.SignedInAsync("shimin-chief");

        using var response = await browser.SubmitAsync(EnrolmentUrl, EnrolmentUrl + "?handler=Enable", [new("Code", code == "000000" ? Totp.WrongCode(KeyIn(await browser.GetHtmlAsync(EnrolmentUrl))) : code)]);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("data-error-summary", html);
        Assert.Contains("data-two-factor=\"off\"", html);
    }

    [Fact]
    public async Task Enrolment_without_the_antiforgery_token_is_refused()
    {
        var browser = await app.SignedInAsync("shimin-manager");
        var key = KeyIn(await browser.GetHtmlAsync(EnrolmentUrl));

        using var forged = await browser.Client.PostAsync(EnrolmentUrl + "?handler=Enable", new FormUrlEncodedContent([new("Code", Totp.Code(key))]));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Contains("data-two-factor=\"off\"", await browser.GetHtmlAsync(EnrolmentUrl));
    }

    private async Task<(ResidentBrowser Browser, string Key, List<string> Codes)> EnrolAsync(string userName)
    {
        var browser = await app.SignedInAsync(userName);
        var page = await browser.GetHtmlAsync(EnrolmentUrl);
        Assert.Contains("src=\"data:image/png;base64,", page);
        var key = KeyIn(page);
        using var enabled = await browser.SubmitAsync(EnrolmentUrl, EnrolmentUrl + "?handler=Enable", [new("Code", Totp.Code(key))]);
        var html = await enabled.Content.ReadAsStringAsync();
        Assert.True(enabled.Headers.CacheControl?.NoStore);
        var codes = RecoveryCodePattern().Matches(html).Select(m => m.Groups[1].Value).ToList();
        // The session that enrolled carries on.
        Assert.Contains(userName, await browser.GetHtmlAsync("/staff"));
        return (browser, key, codes);
    }

    private static string KeyIn(string html) => Html.Text(html, "data-authenticator-key").Replace(" ", "", StringComparison.Ordinal);

    private async Task CreateAsync(string userName, bool administrator)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffMember>>();
        var result = await users.CreateAsync(
            new StaffMember { UserName = userName, DisplayName = userName, DisplayNameKana = "テスト", IsAdministrator = administrator }, StaffBrowser.DemoPassword);
        Assert.True(result.Succeeded);
    }

    [GeneratedRegex("<li><code>([^<]+)</code></li>")]
    private static partial Regex RecoveryCodePattern();
}
