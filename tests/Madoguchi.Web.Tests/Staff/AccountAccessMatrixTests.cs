using System.Net;
using System.Text.RegularExpressions;

using Madoguchi.Web.Tests.Support;

using Microsoft.EntityFrameworkCore;

namespace Madoguchi.Web.Tests.Staff;

/// <summary>
/// Every staff endpoint × who asks: anonymous → login, another department → 404, own department →
/// the page, an administrator (no department, two-factor on) → staff administration but no case.
/// </summary>
public sealed partial class AccountAccessMatrixTests(MadoguchiApp app) : IClassFixture<MadoguchiApp>
{
    private static readonly string[] Endpoints =
    [
        "inbox", "case", "attachment", "reveal", "logout", "login", "login-two-factor", "account", "sign-out-everywhere",
        "two-factor", "admin-members", "admin-member", "admin-disable",
    ];

    private static readonly string[] Askers = ["anonymous", "other", "own", "admin"];

    public static TheoryData<string, string> Cases()
    {
        var cases = new TheoryData<string, string>();
        foreach (var endpoint in Endpoints)
        {
            foreach (var who in Askers)
            {
                cases.Add(endpoint, who);
            }
        }
        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Staff_endpoints_answer_by_department_and_role(string endpoint, string who)
    {
        // 個人番号 is asked in 児童手当 (こども未来課); every other endpoint uses a 道路・河川の通報 (道路河川課) with a photo.
        var (receipt, ownDepartment) = endpoint == "reveal"
            ? (await app.SubmitDemoAsync("jido-teate", "行列" + who), "kodomo-clerk")
            : (await ReportWithPhotoAsync(), "doro-clerk");
        var attachment = endpoint == "attachment" ? await AttachmentLinkAsync(receipt) : "";
        var member = await app.WithDbAsync(db => db.Users.Where(u => u.UserName == "digital-manager").Select(u => u.Id).SingleAsync());
        var browser = who switch
        {
            "own" => await app.SignedInAsync(ownDepartment),
            "other" => await app.SignedInAsync("shimin-clerk"),
            "admin" => await app.SignedInAsync("admin"),
            _ => new ResidentBrowser(app.Browser()),
        };
        // The token comes from the login page, which every visitor may open.
        var token = Html.AntiforgeryToken(await browser.GetHtmlAsync("/staff/login"));
        FormUrlEncodedContent Form(params KeyValuePair<string, string>[] fields) => new([.. fields, new("__RequestVerificationToken", token)]);

        using var response = endpoint switch
        {
            "inbox" => await browser.Client.GetAsync("/staff"),
            "case" => await browser.Client.GetAsync($"/staff/applications/{receipt}"),
            "attachment" => await browser.Client.GetAsync(attachment),
            "reveal" => await browser.Client.PostAsync($"/staff/applications/{receipt}?handler=Reveal", Form(new KeyValuePair<string, string>("field", "applicantIndividualNumber"))),
            "logout" => await browser.Client.PostAsync("/staff/logout", Form()),
            "login-two-factor" => await browser.Client.GetAsync("/staff/login/two-factor"),
            "account" => await browser.Client.GetAsync("/staff/account"),
            "sign-out-everywhere" => await browser.Client.PostAsync("/staff/account?handler=SignOutEverywhere", Form()),
            "two-factor" => await browser.Client.GetAsync("/staff/account/two-factor"),
            "admin-members" => await browser.Client.GetAsync("/staff/admin/members"),
            "admin-member" => await browser.Client.GetAsync($"/staff/admin/members/{member}"),
            "admin-disable" => await browser.Client.PostAsync($"/staff/admin/members/{member}?handler=Disable", Form()),
            _ => await browser.Client.GetAsync("/staff/login"),
        };

        var expected = (endpoint, who) switch
        {
            ("login", _) => HttpStatusCode.OK,
            // The second step is only for someone who has just given a password: everyone else goes back to the login page.
            ("login-two-factor", _) => HttpStatusCode.Redirect,
            (_, "anonymous") => HttpStatusCode.Redirect,
            ("case" or "attachment" or "reveal", "other" or "admin") => HttpStatusCode.NotFound,
            ("admin-members" or "admin-member" or "admin-disable", "other" or "own") => HttpStatusCode.NotFound,
            ("logout" or "sign-out-everywhere" or "admin-disable", _) => HttpStatusCode.Redirect,
            _ => HttpStatusCode.OK,
        };
        Assert.Equal(expected, response.StatusCode);
        if ((who == "anonymous" && endpoint != "login") || endpoint is "logout" or "sign-out-everywhere" or "login-two-factor")
        {
            Assert.True(StaffBrowser.IsLoginRedirect(response), $"{endpoint} for {who}: {response.Headers.Location}");
        }
        if (endpoint == "admin-disable" && who == "admin")
        {
            Assert.StartsWith($"/staff/admin/members/{member}", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }
    }

    /// <summary>A report with one photo, through the resident pages.</summary>
    private async Task<string> ReportWithPhotoAsync()
    {
        var resident = new ResidentBrowser(app.Browser());
        var definition = await resident.Client.DefinitionAsync("doro-tsuho");
        var answers = DemoAnswers.For("doro-tsuho");
        var url = await resident.StartAsync("doro-tsuho");
        foreach (var page in definition.Pages)
        {
            var files = page.Components.Any(c => c.Key == "photos") ? [new UploadFile("photos", "photo.jpg", TestFiles.Jpeg)] : Array.Empty<UploadFile>();
            using var response = await resident.PostAsync(url, FormFields.ForPage(page, answers).Append(new("action", "next")), files);
            url = response.Headers.Location!.OriginalString;
        }
        using var submitted = await resident.PostAsync(url, []);
        return Html.Text(await resident.GetHtmlAsync(submitted.Headers.Location!.OriginalString), "data-receipt-number");
    }

    private async Task<string> AttachmentLinkAsync(string receipt)
    {
        var clerk = await app.SignedInAsync("doro-chief");
        return LinkPattern().Match(await clerk.GetHtmlAsync($"/staff/applications/{receipt}")).Groups[1].Value;
    }

    [GeneratedRegex("<a href=\"([^\"]+)\" download data-attachment-link>")]
    private static partial Regex LinkPattern();
}
