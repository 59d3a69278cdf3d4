using System.Net;

using Madoguchi.Web.Tests.Cases;
using Madoguchi.Web.Tests.Support;

namespace Madoguchi.Web.Tests.Staff;

/// <summary>
/// The access matrix of the 補正, message and note endpoints: every endpoint × anonymous, another
/// department's clerk, the owning department's clerk who handles the case (担当者), a second clerk
/// there and its 係長. Anonymous → the login page; another department → 404 (as if the case did not
/// exist); the 担当者 → the page or the action; the second clerk and the 係長 see the case and write
/// messages and notes but cannot request or cancel a correction (403 with the reason).
/// </summary>
public sealed class CorrectionAccessMatrixTests(MadoguchiApp app) : IClassFixture<MadoguchiApp>
{
    private static readonly string[] Endpoints =
    [
        "GET correction", "POST correction", "GET cancel", "POST cancel",
        "GET messages", "POST messages", "GET notes", "POST notes", "GET case",
    ];

    private static readonly string[] Visitors = ["anonymous", "other", "clerk", "clerk2", "chief"];

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var endpoint in Endpoints)
        {
            foreach (var who in Visitors)
            {
                data.Add(endpoint, who);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Correction_message_and_note_endpoints_answer_by_department_and_role(string endpoint, string who)
    {
        var submitted = await app.SubmitAsync("doro-tsuho");
        var owner = await app.SignedInAsync("doro-clerk");
        await owner.StartReviewAsync(submitted.Receipt);
        // Cancelling needs an open request to cancel.
        if (endpoint is "GET cancel" or "POST cancel")
        {
            (await owner.RequestCorrectionAsync(submitted.Receipt, ["details"], "詳しく書いてください。")).Dispose();
        }
        var browser = who switch
        {
            "clerk" => await app.SignedInAsync("doro-clerk"),
            "clerk2" => await app.SignedInAsync("doro-clerk2"),
            "chief" => await app.SignedInAsync("doro-chief"),
            "other" => await app.SignedInAsync("shimin-clerk"),
            _ => new ResidentBrowser(app.Browser()),
        };
        var token = Html.AntiforgeryToken(await browser.GetHtmlAsync("/staff/login"));
        var revision = (await app.ApplicationAsync(submitted.Receipt)).Revision.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var (method, path) = (endpoint.Split(' ')[0], endpoint.Split(' ')[1]);
        var url = path switch
        {
            "case" => submitted.CaseUrl,
            "correction" => $"{submitted.CaseUrl}/correction",
            "cancel" => $"{submitted.CaseUrl}/correction/cancel",
            _ => $"{submitted.CaseUrl}/{path}",
        };
        KeyValuePair<string, string>[] fields = path == "correction"
            ? [new("fields", "details"), new("message", "詳しく書いてください。"), new("days", "10"), new("revision", revision)]
            : [new("body", "確認しました。"), new("revision", revision)];

        using var response = method == "GET"
            ? await browser.Client.GetAsync(url)
            : await browser.Client.PostAsync(url, new FormUrlEncodedContent([.. fields, new("__RequestVerificationToken", token)]));

        var expected = (who, endpoint) switch
        {
            ("anonymous", _) => HttpStatusCode.Redirect,
            ("other", _) => HttpStatusCode.NotFound,
            ("chief" or "clerk2", "GET correction" or "POST correction" or "GET cancel" or "POST cancel") => HttpStatusCode.Forbidden,
            (_, "GET case" or "GET correction" or "GET cancel" or "GET messages" or "GET notes") => HttpStatusCode.OK,
            _ => HttpStatusCode.Redirect,
        };
        Assert.Equal(expected, response.StatusCode);
        if (who == "anonymous")
        {
            Assert.True(StaffBrowser.IsLoginRedirect(response));
        }
        else if (expected == HttpStatusCode.Redirect)
        {
            Assert.StartsWith($"/staff/applications/{submitted.Receipt}#", response.Headers.Location!.OriginalString);
        }
        if (expected == HttpStatusCode.Forbidden)
        {
            Assert.Contains(who == "chief" ? "担当の役割を持つ職員" : "別の担当者が担当しています", await response.Content.ReadAsStringAsync());
        }
    }
}
