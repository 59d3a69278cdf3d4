using System.Net;
using System.Text;

using Madoguchi.Web.Tests.Support;

namespace Madoguchi.Web.Tests.Staff.Exports;

/// <summary>
/// Exports and the dashboard × who asks: anonymous → login; every role of the owning department
/// gets the case; another department's staff and an administrator (no department) never see it:
/// 404 for the PDF and the department's dashboard, a CSV without its row.
/// </summary>
public sealed class ExportsAccessTests(MadoguchiApp app) : IClassFixture<MadoguchiApp>
{
    private static readonly string[] Actions = ["csv-page", "csv", "pdf", "dashboard", "department-dashboard"];
    private static readonly string[] Who = ["anonymous", "kankyo-clerk", "kankyo-chief", "kankyo-manager", "shimin-clerk", "doro-manager", "admin"];

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var action in Actions)
        {
            foreach (var who in Who)
            {
                data.Add(action, who);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Each_action_answers_by_department(string action, string who)
    {
        var receipt = await app.SubmitDogAsync("権限");
        var own = who.StartsWith("kankyo-", StringComparison.Ordinal);
        var browser = who == "anonymous" ? new ResidentBrowser(app.Browser()) : await app.SignedInAsync(who);
        var token = Html.AntiforgeryToken(await browser.GetHtmlAsync("/staff/login"));

        using var response = action switch
        {
            "csv-page" => await browser.Client.GetAsync("/staff/export"),
            "csv" => await browser.Client.PostAsync("/staff/export", new FormUrlEncodedContent([new("format", "utf-8"), new("__RequestVerificationToken", token)])),
            "pdf" => await browser.Client.GetAsync($"/staff/applications/{receipt}/pdf"),
            "dashboard" => await browser.Client.GetAsync("/staff/dashboard"),
            _ => await browser.Client.GetAsync("/staff/dashboard?department=kankyo"),
        };

        if (who == "anonymous")
        {
            Assert.True(StaffBrowser.IsLoginRedirect(response), $"{response.StatusCode}");
            return;
        }
        var expected = action switch
        {
            "pdf" or "department-dashboard" when !own => HttpStatusCode.NotFound,
            _ => HttpStatusCode.OK,
        };
        Assert.Equal(expected, response.StatusCode);
        var body = await response.Content.ReadAsByteArrayAsync();
        switch (action)
        {
            case "csv":
                Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
                Assert.Equal(own, Encoding.UTF8.GetString(body).Contains(receipt, StringComparison.Ordinal));
                break;
            case "pdf" when own:
                Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
                break;
            case "dashboard":
                var html = Encoding.UTF8.GetString(body);
                Assert.Equal(own, html.Contains("data-department=\"kankyo\"", StringComparison.Ordinal));
                break;
        }
    }
}
