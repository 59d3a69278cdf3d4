using System.Net;

namespace Madoguchi.Web.Tests.Support;

/// <summary>A staff member's browser: signs in through the login form, keeps the cookie.</summary>
public static class StaffBrowser
{
    public const string DemoPassword = "demo-password-2026";

    /// <summary>The demo administrator's published authenticator key (administrators must use two-factor sign-in).</summary>
    public const string DemoAdminKey = "DEMOADMINMADOGUCHIDEMOADMINKEY22";

    public static async Task<HttpResponseMessage> LoginAsync(this ResidentBrowser browser, string userName, string password) =>
        await browser.PostAsync("/staff/login", [new("UserName", userName), new("Password", password)]);

    /// <summary>Signs out with the form on the inbox page (a POST carrying its antiforgery token).</summary>
    public static async Task<HttpResponseMessage> LogoutAsync(this ResidentBrowser browser)
    {
        var token = Html.AntiforgeryToken(await browser.GetHtmlAsync("/staff"));
        return await browser.Client.PostAsync("/staff/logout", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
    }

    /// <summary>The cookie handler's challenge: a redirect to the login page.</summary>
    public static bool IsLoginRedirect(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Redirect
        && new Uri(new Uri("http://localhost"), response.Headers.Location!).AbsolutePath == "/staff/login";

    /// <summary>A fresh browser signed in as a demo staff member (the administrator with an authenticator code).</summary>
    public static async Task<ResidentBrowser> SignedInAsync(this MadoguchiApp app, string userName)
    {
        var browser = new ResidentBrowser(app.Browser());
        using var response = await browser.LoginAsync(userName, DemoPassword);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        if (IsTwoFactorStep(response))
        {
            Assert.Equal("admin", userName);
            using var second = await browser.SecondStepAsync(Totp.Code(DemoAdminKey));
            Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        }
        return browser;
    }

    /// <summary>The password was right and the account uses two-factor sign-in: on to the code.</summary>
    public static bool IsTwoFactorStep(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Redirect
        && new Uri(new Uri("http://localhost"), response.Headers.Location!).AbsolutePath == "/staff/login/two-factor";

    /// <summary>Posts a form of <paramref name="page"/> to <paramref name="action"/> (e.g. "?handler=…"), with the page's antiforgery token.</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(this ResidentBrowser browser, string page, string action, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var token = Html.AntiforgeryToken(await browser.GetHtmlAsync(page));
        return await browser.Client.PostAsync(action, new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token))));
    }

    /// <summary>Posts the authenticator code on the second step of sign-in.</summary>
    public static async Task<HttpResponseMessage> SecondStepAsync(this ResidentBrowser browser, string code) =>
        await browser.PostAsync("/staff/login/two-factor", [new("Code", code)]);

    /// <summary>Submits a demo application through the API and returns its 受付番号.</summary>
    public static async Task<string> SubmitDemoAsync(this MadoguchiApp app, string procedure, string? uniqueName = null)
    {
        using var created = await app.CreateClient().SubmitAsync(procedure, DemoAnswers.For(procedure, uniqueName), Guid.NewGuid().ToString());
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.JsonAsync())["receiptNumber"]!.ToString();
    }
}
