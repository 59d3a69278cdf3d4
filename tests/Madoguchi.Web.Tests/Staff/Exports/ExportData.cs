using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;

using Madoguchi.Core.Data;
using Madoguchi.Web.Tests.Support;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Madoguchi.Web.Tests.Staff.Exports;

/// <summary>Applications submitted through the API with a chosen applicant name, and the inbox row a CSV should hold for each.</summary>
internal static class ExportData
{
    /// <summary>Submits a 犬の登録 (環境政策課) whose owner is <paramref name="family"/> <paramref name="given"/>.</summary>
    public static async Task<string> SubmitDogAsync(this MadoguchiApp app, string family, string given = "太郎", string procedure = "inu-toroku")
    {
        var answers = DemoAnswers.For(procedure, family);
        var nameKey = procedure == "shisetsu-shiyo" ? "applicantName" : "ownerName";
        answers[nameKey]!["given"] = given;
        using var created = await app.CreateClient().SubmitAsync(procedure, answers, Guid.NewGuid().ToString());
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        return (await created.JsonAsync())["receiptNumber"]!.ToString();
    }

    /// <summary>The CSV record the inbox export should write for an application, read from the database.</summary>
    public static async Task<string> ExpectedRecordAsync(this MadoguchiApp app, string receipt, string procedureTitle = "犬の登録")
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MadoguchiDb>();
        var a = await db.Applications.AsNoTracking().SingleAsync(x => x.ReceiptNumber == receipt);
        var submitted = a.SubmittedAt.ToOffset(TimeSpan.FromHours(9)).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        var due = a.DueOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
        return $"{receipt},{procedureTitle},{a.ApplicantName},{submitted},受付,,{due},\r\n";
    }

    public const string Header = "受付番号,手続き,申請者,受付日時,状況,担当者,処理期限,期限超過\r\n";

    public static JsonObject Answers(string procedure) => DemoAnswers.For(procedure);
}
