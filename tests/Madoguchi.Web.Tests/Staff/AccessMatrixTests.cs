using System.Net;

using Madoguchi.Web.Tests.Support;

namespace Madoguchi.Web.Tests.Staff;

/// <summary>Every staff endpoint × who asks: anonymous → login, another department → 404, own → 200.</summary>
public sealed class AccessMatrixTests(MadoguchiApp app) : IClassFixture<MadoguchiApp>
{
    public static TheoryData<string, string> Cases => new()
    {
        { "inbox", "anonymous" }, { "inbox", "other" }, { "inbox", "own" },
        { "case", "anonymous" }, { "case", "other" }, { "case", "own" },
        { "logout", "anonymous" }, { "logout", "other" }, { "logout", "own" },
        { "login", "anonymous" }, { "login", "other" }, { "login", "own" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Staff_endpoints_answer_by_department(string endpoint, string who)
    {
        var receipt = await app.SubmitDemoAsync("doro-tsuho");
        var browser = who switch
        {
            "own" => await app.SignedInAsync("doro-clerk"),
            "other" => await app.SignedInAsync("shimin-clerk"),
            _ => new ResidentBrowser(app.Browser()),
        };
        // The token comes from the login page, which every visitor may open.
        var token = Html.AntiforgeryToken(await browser.GetHtmlAsync("/staff/login"));

        using var response = endpoint switch
        {
            "inbox" => await browser.Client.GetAsync("/staff"),
            "case" => await browser.Client.GetAsync($"/staff/applications/{receipt}"),
            "logout" => await browser.Client.PostAsync("/staff/logout", new FormUrlEncodedContent([new("__RequestVerificationToken", token)])),
            _ => await browser.Client.GetAsync("/staff/login"),
        };

        var expected = (endpoint, who) switch
        {
            ("login", _) => HttpStatusCode.OK,
            (_, "anonymous") => HttpStatusCode.Redirect,
            ("case", "other") => HttpStatusCode.NotFound,
            ("logout", _) => HttpStatusCode.Redirect,
            _ => HttpStatusCode.OK,
        };
        Assert.Equal(expected, response.StatusCode);
        if (who == "anonymous" && endpoint != "login")
        {
            Assert.True(StaffBrowser.IsLoginRedirect(response));
        }
        if (endpoint == "logout" && who != "anonymous")
        {
            Assert.Equal("/staff/login", response.Headers.Location!.OriginalString);
        }
    }
}
