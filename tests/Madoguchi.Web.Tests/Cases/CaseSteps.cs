using System.Net;
using System.Text.Json.Nodes;
using System.Threading;

using Madoguchi.Core.Data;
using Madoguchi.Core.Submissions;
using Madoguchi.Web.Tests.Support;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Madoguchi.Web.Tests.Cases;

/// <summary>An application as its resident holds it: the number, the access code and the status link.</summary>
public sealed record Submitted(string Receipt, string Code, string StatusUrl)
{
    public string Token => StatusUrl[(StatusUrl.IndexOf("?t=", StringComparison.Ordinal) + 3)..];

    public string CorrectionUrl => $"/status/{Receipt}/correction?t={Token}";

    public string ReviewUrl => $"/status/{Receipt}/correction/review?t={Token}";

    public string MessagesUrl => $"/status/{Receipt}/messages?t={Token}";

    public string CaseUrl => $"/staff/applications/{Receipt}";
}

/// <summary>The steps of a case that tests go through again and again, each through the real pipeline.</summary>
public static class CaseSteps
{
    private static int residents;

    public static async Task<Submitted> SubmitAsync(this MadoguchiApp app, string procedure, JsonObject? answers = null)
    {
        using var created = await app.CreateClient().SubmitAsync(procedure, answers ?? DemoAnswers.For(procedure), Guid.NewGuid().ToString());
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.JsonAsync();
        return new Submitted(body["receiptNumber"]!.ToString(), body["accessCode"]!.ToString(), body["statusUrl"]!.ToString());
    }

    /// <summary>審査開始 with the case page's button: the clerk becomes the 担当者 and the case 審査中.</summary>
    public static async Task StartReviewAsync(this ResidentBrowser clerk, string receipt)
    {
        var url = $"/staff/applications/{receipt}";
        var html = await clerk.GetHtmlAsync(url);
        var form = html[html.IndexOf("data-action=\"StartReview\"", StringComparison.Ordinal)..];
        using var response = await clerk.Client.PostAsync(url + "?handler=StartReview", new FormUrlEncodedContent(
        [
            new("Revision", Html.Text(form, "name=\"Revision\" value=\"", "\"")),
            new("__RequestVerificationToken", Html.AntiforgeryToken(html)),
        ]));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    /// <summary>
    /// A resident's own browser. Each comes from its own address (as residents do, through the
    /// trusted proxy's X-Forwarded-For), so the per-address limit of the status pages counts per resident.
    /// </summary>
    public static ResidentBrowser Resident(this MadoguchiApp app)
    {
        var client = app.Browser();
        var n = Interlocked.Increment(ref residents);
        client.DefaultRequestHeaders.Add("X-Forwarded-For", $"198.51.{n / 250 % 250}.{n % 250 + 1}");
        return new ResidentBrowser(client);
    }

    /// <summary>The clerk asks for a correction from the request page, as a browser without JavaScript does.</summary>
    public static async Task<HttpResponseMessage> RequestCorrectionAsync(
        this ResidentBrowser clerk, string receipt, IEnumerable<string> fields, string message, string days = "10")
    {
        var url = $"/staff/applications/{receipt}/correction";
        var html = await clerk.GetHtmlAsync(url);
        var revision = Html.Text(html, "name=\"revision\" value=\"", "\"");
        var posted = fields.Select(f => new KeyValuePair<string, string>("fields", f))
            .Append(new("message", message)).Append(new("days", days)).Append(new("revision", revision))
            .Append(new("__RequestVerificationToken", Html.AntiforgeryToken(html)));
        return await clerk.Client.PostAsync(url, new FormUrlEncodedContent(posted));
    }

    public static async Task<T> InDatabaseAsync<T>(this MadoguchiApp app, Func<MadoguchiDb, Task<T>> read)
    {
        using var scope = app.Services.CreateScope();
        return await read(scope.ServiceProvider.GetRequiredService<MadoguchiDb>());
    }

    public static Task<Application> ApplicationAsync(this MadoguchiApp app, string receipt) =>
        app.InDatabaseAsync(db => db.Applications.AsNoTracking().SingleAsync(a => a.ReceiptNumber == receipt));

    public static JsonObject Data(this Application application) => JsonNode.Parse(application.DataJson)!.AsObject();
}
