using System.Net;
using System.Text.RegularExpressions;

using Madoguchi.Core.Cases.Approval;
using Madoguchi.Core.Cases.Lifecycle;
using Madoguchi.Core.Data;
using Madoguchi.Web.Tests.Support;

using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Madoguchi.Web.Tests.Staff.Exports;

public sealed class CasePdfTests(MadoguchiApp app) : IClassFixture<MadoguchiApp>
{
    [Fact]
    public async Task A_case_whose_applicant_has_rare_characters_prints_renders_and_reads_back()
    {
        var receipt = await app.SubmitDogAsync("𠮷田", "葛\U000E0100子");
        var clerk = await app.SignedInAsync("kankyo-clerk");

        using var response = await clerk.Client.GetAsync($"/staff/applications/{receipt}/pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal($"{receipt}.pdf", response.Content.Headers.ContentDisposition!.FileName);
        var pdf = await response.Content.ReadAsByteArrayAsync();

        // It renders (pdftoppm writes a non-empty page image) ...
        var images = Poppler.Run("pdftoppm", pdf, "-r", "50", "-png", "{pdf}", "page");
        Assert.Matches(@"^\d+", images);
        Assert.All(images.Split(','), size => Assert.True(long.Parse(size, System.Globalization.CultureInfo.InvariantCulture) > 1000));
        // ... its text is the application's, the rare characters exactly as typed ...
        var text = Poppler.Run("pdftotext", pdf, "-layout", "{pdf}", "-");
        Assert.Contains(receipt, text, StringComparison.Ordinal);
        Assert.Contains("犬の登録", text, StringComparison.Ordinal);
        Assert.Contains("𠮷田 葛\U000E0100子（ヤマダ タロウ）", text, StringComparison.Ordinal);
        Assert.Contains("飼い主の氏名", text, StringComparison.Ordinal);
        Assert.Contains("柴犬", text, StringComparison.Ordinal);
        Assert.Contains("環境政策課", text, StringComparison.Ordinal);
        // ... and every font it uses is embedded (name type encoding emb sub uni object).
        var fonts = Poppler.Run("pdffonts", pdf, "{pdf}").Split('\n').Skip(2).Where(l => l.Length > 0).ToList();
        Assert.Equal(3, fonts.Count);
        Assert.All(fonts, f => Assert.Matches(@"CID TrueType\s+Identity-H\s+yes\s+yes\s+yes", f));
        Assert.Contains(fonts, f => f.Contains("IPAmjMincho", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_pdf_lists_the_files_and_the_history_and_fills_the_stamp_column_from_the_case_history()
    {
        var resident = new ResidentBrowser(app.Browser());
        var definition = await resident.Client.DefinitionAsync("juminhyo");
        var complete = await resident.ApplyAsync("juminhyo", DemoAnswers.For("juminhyo", "添付"), definition);
        var receipt = Html.Text(await resident.GetHtmlAsync(complete), "data-receipt-number");
        // 審査開始 and 起案 by the clerk, 承認 by the chief: the route is 起案 → 係長 → 課長.
        await ActAsync("shimin-clerk", receipt, (s, id, rev) => s.GetRequiredService<StartReview>().HandleAsync(id, receipt, rev));
        await ActAsync("shimin-clerk", receipt, (s, id, rev) => s.GetRequiredService<SubmitForApproval>().HandleAsync(id, receipt, rev, "Completed", "書類確認済み"));
        await ActAsync("shimin-chief", receipt, (s, id, rev) => s.GetRequiredService<ApproveCase>().HandleAsync(id, receipt, rev, null));
        var chief = await app.SignedInAsync("shimin-chief");

        using var response = await chief.Client.GetAsync($"/staff/applications/{receipt}/pdf");
        var text = Poppler.Run("pdftotext", await response.Content.ReadAsByteArrayAsync(), "-layout", "{pdf}", "-");

        Assert.Contains("photo.jpg", text, StringComparison.Ordinal);
        Assert.Contains("image/jpeg", text, StringComparison.Ordinal);
        // The history, worded as on the case page.
        Assert.Contains("担当者の割当て：", text, StringComparison.Ordinal);
        Assert.Contains("審査開始（受付 → 審査中）", text, StringComparison.Ordinal);
        Assert.Contains("起案（第1回）決定案：完了", text, StringComparison.Ordinal);
        Assert.Contains("書類確認済み", text, StringComparison.Ordinal);
        Assert.Contains("承認（係長）", text, StringComparison.Ordinal);
        // The stamp column: 起案 and 係長 stamped with name and date, 課長 awaited.
        Assert.Matches(new Regex("起案\\s+係長\\s+課長"), text);
        Assert.Contains("承認待ち", text, StringComparison.Ordinal);
        Assert.Equal(2, Regex.Count(text, @"\d{4}/\d{2}/\d{2}"));
    }

    /// <summary>One staff action through its real handler, as the named demo member, on the case's current revision.</summary>
    private async Task ActAsync(string userName, string receipt, Func<IServiceProvider, string, int, Task<CaseActionResult>> act)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MadoguchiDb>();
        var id = await db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync();
        var revision = await db.Applications.Where(a => a.ReceiptNumber == receipt).Select(a => a.Revision).SingleAsync();
        var result = await act(scope.ServiceProvider, id, revision);
        Assert.True(result.Outcome == CaseActionOutcome.Done, $"{result.Outcome}: {result.Problem?.Ja}");
    }

    [Theory]
    [InlineData("shimin-clerk")]
    [InlineData("doro-manager")]
    public async Task Another_departments_case_is_not_found(string who)
    {
        var receipt = await app.SubmitDogAsync("別課");
        var other = await app.SignedInAsync(who);

        using var response = await other.Client.GetAsync($"/staff/applications/{receipt}/pdf");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.NotEqual("application/pdf", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("AAA-AAA-AAA")]
    [InlineData("%E3%81%82%F0%A0%AE%B7")]
    [InlineData("..%2F..%2Fetc%2Fpasswd")]
    [InlineData("K7Q-4MX-93P-K7Q-4MX-93P-K7Q-4MX-93P-K7Q-4MX-93P-K7Q-4MX-93P")]
    public async Task A_number_that_does_not_exist_is_not_found(string receipt)
    {
        var clerk = await app.SignedInAsync("kankyo-clerk");

        using var response = await clerk.Client.GetAsync($"/staff/applications/{receipt}/pdf");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Without_its_fonts_the_pdf_is_refused_with_a_page_saying_so_and_health_says_degraded()
    {
        var receipt = await app.SubmitDogAsync("字形");
        using var broken = app.WithWebHostBuilder(b => b.UseSetting("Pdf:FallbackFont", "/nonexistent/ipamjm.ttf"));
        var clerk = new ResidentBrowser(broken.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true }));
        await clerk.LoginAsync("kankyo-clerk", StaffBrowser.DemoPassword);

        using var response = await clerk.Client.GetAsync($"/staff/applications/{receipt}/pdf");
        using var health = await broken.CreateClient().GetAsync("/healthz/ready");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("PDFを作成できません", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal("Degraded", await health.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_case_page_links_to_its_pdf()
    {
        var receipt = await app.SubmitDogAsync("リンク");
        var clerk = await app.SignedInAsync("kankyo-clerk");

        var html = await clerk.GetHtmlAsync($"/staff/applications/{receipt}");

        Assert.Contains($"href=\"/staff/applications/{receipt}/pdf\"", html, StringComparison.Ordinal);
    }
}
