using System.Net;
using System.Text.RegularExpressions;

using Madoguchi.Core.Audit;
using Madoguchi.Web.Tests.Support;

namespace Madoguchi.Web.Tests.Staff;

/// <summary>Staff download a case's files: scoped like the case page, always as a download, audited.</summary>
public sealed partial class AttachmentDownloadTests(MadoguchiApp app) : IClassFixture<MadoguchiApp>
{
    [Fact]
    public async Task A_clerk_downloads_a_file_of_a_case_of_their_department_and_the_download_is_recorded()
    {
        var (receipt, link) = await ReportWithPhotoAsync("道路の穴.jpg");
        var clerk = await app.SignedInAsync("doro-clerk");

        using var response = await clerk.Client.GetAsync(await LinkOnCasePageAsync(clerk, receipt));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/jpeg", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(TestFiles.Jpeg, await response.Content.ReadAsByteArrayAsync());
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Equal("道路の穴.jpg", disposition.FileNameStar);
        Assert.Equal("nosniff", string.Join(",", response.Headers.GetValues("X-Content-Type-Options")));
        Assert.True(response.Headers.CacheControl?.NoStore);
        var entry = Assert.Single(await app.EntriesAsync(), e => e.Action == AuditActions.AttachmentDownloaded && e.Target == receipt);
        Assert.Contains(link.Split('/')[^1], entry.Details, StringComparison.Ordinal);
        Assert.Contains("doro-clerk", entry.ActorName, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_hostile_file_name_cannot_break_out_of_the_header_and_the_extension_follows_the_bytes()
    {
        var (receipt, _) = await ReportWithPhotoAsync("<img src=x>;filename=evil.html; %0D%0A 請求書.html");
        var clerk = await app.SignedInAsync("doro-chief");

        using var response = await clerk.Client.GetAsync(await LinkOnCasePageAsync(clerk, receipt));
        var header = string.Join(",", response.Content.Headers.GetValues("Content-Disposition"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches("^attachment; filename=\"[A-Za-z0-9._-]+\"; filename\\*=UTF-8''[A-Za-z0-9._~%-]+$", header);
        Assert.EndsWith(".jpg", response.Content.Headers.ContentDisposition!.FileNameStar, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_department_an_unknown_file_and_a_file_of_another_case_are_all_not_found_and_not_recorded()
    {
        var (receipt, link) = await ReportWithPhotoAsync("photo.jpg");
        var (otherReceipt, _) = await ReportWithPhotoAsync("photo.jpg");
        var other = await app.SignedInAsync("shimin-clerk");
        var own = await app.SignedInAsync("doro-manager");
        var attachment = link.Split('/')[^1];

        using var otherDepartment = await other.Client.GetAsync(link);
        using var unknown = await own.Client.GetAsync($"/staff/applications/{receipt}/attachments/{new string('a', 26)}");
        using var wrongCase = await own.Client.GetAsync($"/staff/applications/{otherReceipt}/attachments/{attachment}");
        using var traversal = await own.Client.GetAsync($"/staff/applications/{receipt}/attachments/..%2F..%2Fmadoguchi.db");
        using var huge = await own.Client.GetAsync($"/staff/applications/{receipt}/attachments/{new string('a', 5000)}");
        using var anonymous = await app.Browser().GetAsync(link);

        Assert.Equal(HttpStatusCode.NotFound, otherDepartment.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, wrongCase.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, traversal.StatusCode);
        Assert.True(huge.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.RequestUriTooLong or HttpStatusCode.BadRequest);
        Assert.True(StaffBrowser.IsLoginRedirect(anonymous));
        Assert.DoesNotContain(await app.EntriesAsync(), e => e.Action == AuditActions.AttachmentDownloaded && (e.Target == receipt || e.Target == otherReceipt));
    }

    /// <summary>A 道路・河川の通報 (道路河川課) with one photo, through the resident pages; returns its number and the file's staff link.</summary>
    private async Task<(string Receipt, string Link)> ReportWithPhotoAsync(string fileName)
    {
        var resident = new ResidentBrowser(app.Browser());
        var definition = await resident.Client.DefinitionAsync("doro-tsuho");
        var answers = DemoAnswers.For("doro-tsuho");
        var url = await resident.StartAsync("doro-tsuho");
        foreach (var page in definition.Pages)
        {
            var files = page.Components.Any(c => c.Key == "photos") ? [new UploadFile("photos", fileName, TestFiles.Jpeg)] : Array.Empty<UploadFile>();
            using var response = await resident.PostAsync(url, FormFields.ForPage(page, answers).Append(new("action", "next")), files);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            url = response.Headers.Location!.OriginalString;
        }
        using var submitted = await resident.PostAsync(url, []);
        var receipt = Html.Text(await resident.GetHtmlAsync(submitted.Headers.Location!.OriginalString), "data-receipt-number");
        var clerk = await app.SignedInAsync("doro-clerk");
        return (receipt, await LinkOnCasePageAsync(clerk, receipt));
    }

    private static async Task<string> LinkOnCasePageAsync(ResidentBrowser clerk, string receipt) =>
        LinkPattern().Match(await clerk.GetHtmlAsync($"/staff/applications/{receipt}")).Groups[1].Value;

    [GeneratedRegex("<a href=\"([^\"]+)\" download data-attachment-link>")]
    private static partial Regex LinkPattern();
}
