using System.Net;

using Madoguchi.Core.Audit;
using Madoguchi.Web.Tests.Support;

using Microsoft.EntityFrameworkCore;

namespace Madoguchi.Web.Tests.Staff;

/// <summary>Ending every session of a person: by themselves, by a new password, and by an administrator.</summary>
public sealed class SignOutEverywhereTests(MadoguchiApp app) : IClassFixture<MadoguchiApp>
{
    private const string NewPassword = "a-brand-new-passphrase";

    [Fact]
    public async Task Sign_out_everywhere_ends_the_session_in_both_browsers()
    {
        var office = await app.SignedInAsync("shimin-manager");
        var laptop = await app.SignedInAsync("shimin-manager");
        Assert.Contains("shimin-manager", await laptop.GetHtmlAsync("/staff"));

        using var response = await office.SubmitAsync("/staff/account", "/staff/account?handler=SignOutEverywhere", []);
        using var officeAfter = await office.Client.GetAsync("/staff");
        using var laptopAfter = await laptop.Client.GetAsync("/staff");

        Assert.True(StaffBrowser.IsLoginRedirect(response));
        Assert.True(StaffBrowser.IsLoginRedirect(officeAfter));
        Assert.True(StaffBrowser.IsLoginRedirect(laptopAfter));
        Assert.Contains(await app.EntriesAsync(), e => e.Action == AuditActions.SignOutEverywhere && e.ActorName.Contains("shimin-manager", StringComparison.Ordinal));
        Assert.Contains("shimin-manager", await (await app.SignedInAsync("shimin-manager")).GetHtmlAsync("/staff"));
    }

    [Fact]
    public async Task Sign_out_everywhere_without_the_antiforgery_token_is_refused()
    {
        var browser = await app.SignedInAsync("zeimu-manager");

        using var forged = await browser.Client.PostAsync("/staff/account?handler=SignOutEverywhere", new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Contains("zeimu-manager", await browser.GetHtmlAsync("/staff"));
    }

    [Fact]
    public async Task A_new_password_keeps_this_session_and_ends_the_others()
    {
        var here = await app.SignedInAsync("kodomo-clerk");
        var there = await app.SignedInAsync("kodomo-clerk");

        using var changed = await here.SubmitAsync("/staff/account", "/staff/account?handler=Password",
            [new("CurrentPassword", StaffBrowser.DemoPassword), new("NewPassword", NewPassword), new("ConfirmPassword", NewPassword)]);

        Assert.Equal("/staff/account?done=password", changed.Headers.Location!.OriginalString);
        Assert.Contains("kodomo-clerk", await here.GetHtmlAsync("/staff"));
        using var thereAfter = await there.Client.GetAsync("/staff");
        Assert.True(StaffBrowser.IsLoginRedirect(thereAfter));
        using var old = await new ResidentBrowser(app.Browser()).LoginAsync("kodomo-clerk", StaffBrowser.DemoPassword);
        Assert.Equal(HttpStatusCode.OK, old.StatusCode);
        using var fresh = await new ResidentBrowser(app.Browser()).LoginAsync("kodomo-clerk", NewPassword);
        Assert.Equal(HttpStatusCode.Redirect, fresh.StatusCode);
        Assert.Contains(await app.EntriesAsync(), e => e.Action == AuditActions.PasswordChanged);
    }

    [Theory]
    [InlineData("wrong-current-password", NewPassword, NewPassword, "現在のパスワードが正しくありません")]
    [InlineData("", NewPassword, NewPassword, "現在のパスワードが正しくありません")]
    [InlineData(StaffBrowser.DemoPassword, "short", "short", "12文字以上")]
    [InlineData(StaffBrowser.DemoPassword, NewPassword, "a-different-passphrase", "確認のパスワードが一致しません")]
    [InlineData(StaffBrowser.DemoPassword, "", "", "12文字以上")]
    public async Task A_refused_password_change_says_why_and_changes_nothing(string current, string next, string confirm, string message)
    {
        var browser = await app.SignedInAsync("kodomo-chief");

        using var response = await browser.SubmitAsync("/staff/account", "/staff/account?handler=Password",
            [new("CurrentPassword", current), new("NewPassword", next), new("ConfirmPassword", confirm)]);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("data-error-summary", html);
        Assert.Contains(message, html);
        // Passwords are never sent back in the page.
        Assert.DoesNotContain(current.Length > 0 ? current : "never-empty", html, StringComparison.Ordinal);
        using var stillOld = await new ResidentBrowser(app.Browser()).LoginAsync("kodomo-chief", StaffBrowser.DemoPassword);
        Assert.Equal(HttpStatusCode.Redirect, stillOld.StatusCode);
    }

    [Fact]
    public async Task An_oversized_password_is_refused_with_a_message_not_an_error()
    {
        var browser = await app.SignedInAsync("kodomo-manager");
        var huge = new string('x', 200_000);

        using var response = await browser.SubmitAsync("/staff/account", "/staff/account?handler=Password",
            [new("CurrentPassword", huge), new("NewPassword", huge), new("ConfirmPassword", huge)]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("data-error-summary", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_administrator_disabling_an_account_ends_its_sessions_and_refuses_its_sign_in_until_enabled()
    {
        var member = await app.SignedInAsync("kankyo-manager");
        var admin = await app.SignedInAsync("admin");
        var id = await IdOfAsync("kankyo-manager");

        using var disabled = await admin.SubmitAsync($"/staff/admin/members/{id}", $"/staff/admin/members/{id}?handler=Disable", []);
        using var memberAfter = await member.Client.GetAsync("/staff");
        using var signIn = await new ResidentBrowser(app.Browser()).LoginAsync("kankyo-manager", StaffBrowser.DemoPassword);

        Assert.Equal(HttpStatusCode.Redirect, disabled.StatusCode);
        Assert.True(StaffBrowser.IsLoginRedirect(memberAfter));
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        Assert.Contains("data-state=\"disabled\"", await admin.GetHtmlAsync($"/staff/admin/members/{id}"));
        Assert.Contains(await app.EntriesAsync(), e => e.Action == AuditActions.AccountDisabled && e.Target == id && e.ActorName.Contains("admin", StringComparison.Ordinal));

        using (await admin.SubmitAsync($"/staff/admin/members/{id}", $"/staff/admin/members/{id}?handler=Enable", []))
        {
        }
        using var again = await new ResidentBrowser(app.Browser()).LoginAsync("kankyo-manager", StaffBrowser.DemoPassword);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
    }

    [Fact]
    public async Task An_administrator_setting_a_password_ends_the_members_sessions()
    {
        var member = await app.SignedInAsync("doro-manager");
        var admin = await app.SignedInAsync("admin");
        var id = await IdOfAsync("doro-manager");

        using var tooShort = await admin.SubmitAsync($"/staff/admin/members/{id}", $"/staff/admin/members/{id}?handler=Password", [new("NewPassword", "short"), new("ConfirmPassword", "short")]);
        Assert.Contains("data-error-summary", await tooShort.Content.ReadAsStringAsync());
        Assert.Contains("doro-manager", await member.GetHtmlAsync("/staff"));

        using var set = await admin.SubmitAsync($"/staff/admin/members/{id}", $"/staff/admin/members/{id}?handler=Password", [new("NewPassword", NewPassword), new("ConfirmPassword", NewPassword)]);
        using var memberAfter = await member.Client.GetAsync("/staff");
        using var old = await new ResidentBrowser(app.Browser()).LoginAsync("doro-manager", StaffBrowser.DemoPassword);
        using var fresh = await new ResidentBrowser(app.Browser()).LoginAsync("doro-manager", NewPassword);

        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        Assert.True(StaffBrowser.IsLoginRedirect(memberAfter));
        Assert.Equal(HttpStatusCode.OK, old.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, fresh.StatusCode);
        Assert.Contains(await app.EntriesAsync(), e => e.Action == AuditActions.PasswordSet && e.Target == id);
    }

    [Fact]
    public async Task An_administrator_ending_someones_sessions_ends_them()
    {
        var member = await app.SignedInAsync("digital-manager");
        var admin = await app.SignedInAsync("admin");
        var id = await IdOfAsync("digital-manager");

        using (await admin.SubmitAsync($"/staff/admin/members/{id}", $"/staff/admin/members/{id}?handler=EndSessions", []))
        {
        }
        using var memberAfter = await member.Client.GetAsync("/staff");

        Assert.True(StaffBrowser.IsLoginRedirect(memberAfter));
        Assert.Contains(await app.EntriesAsync(), e => e.Action == AuditActions.SessionsEnded && e.Target == id);
    }

    [Theory]
    [InlineData("Disable")]
    [InlineData("EndSessions")]
    [InlineData("Password")]
    [InlineData("ResetTwoFactor")]
    public async Task Administrator_actions_without_the_antiforgery_token_are_refused(string handler)
    {
        var member = await app.SignedInAsync("shimin-chief");
        var admin = await app.SignedInAsync("admin");
        var id = await IdOfAsync("shimin-chief");

        using var forged = await admin.Client.PostAsync($"/staff/admin/members/{id}?handler={handler}",
            new FormUrlEncodedContent([new("NewPassword", NewPassword), new("ConfirmPassword", NewPassword)]));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Contains("shimin-chief", await member.GetHtmlAsync("/staff"));
    }

    [Fact]
    public async Task An_administrator_cannot_disable_their_own_account()
    {
        var admin = await app.SignedInAsync("admin");
        var id = await IdOfAsync("admin");

        using var response = await admin.SubmitAsync($"/staff/admin/members/{id}", $"/staff/admin/members/{id}?handler=Disable", []);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("自分のアカウントは無効にできません", await response.Content.ReadAsStringAsync());
        Assert.Contains("data-members", await admin.GetHtmlAsync("/staff/admin/members"));
    }

    [Fact]
    public async Task Staff_administration_is_not_found_for_anyone_but_administrators()
    {
        var clerk = await app.SignedInAsync("zeimu-chief");
        var admin = await app.SignedInAsync("admin");
        var id = await IdOfAsync("zeimu-clerk");
        var token = Html.AntiforgeryToken(await clerk.GetHtmlAsync("/staff/account"));

        using var list = await clerk.Client.GetAsync("/staff/admin/members");
        using var one = await clerk.Client.GetAsync($"/staff/admin/members/{id}");
        using var disable = await clerk.Client.PostAsync($"/staff/admin/members/{id}?handler=Disable", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
        using var unknown = await admin.Client.GetAsync("/staff/admin/members/no-such-member");
        using var huge = await admin.Client.GetAsync($"/staff/admin/members/{new string('a', 500)}");

        Assert.Equal(HttpStatusCode.NotFound, list.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, one.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, disable.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, huge.StatusCode);
        using var stillIn = await new ResidentBrowser(app.Browser()).LoginAsync("zeimu-clerk", StaffBrowser.DemoPassword);
        Assert.Equal(HttpStatusCode.Redirect, stillIn.StatusCode);
    }

    private Task<string> IdOfAsync(string userName) =>
        app.WithDbAsync(db => db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync());
}
