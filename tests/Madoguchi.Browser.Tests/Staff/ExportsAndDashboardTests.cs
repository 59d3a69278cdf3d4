using System.Net;
using System.Text;

using Madoguchi.Browser.Tests.Support;

using Microsoft.Playwright;

namespace Madoguchi.Browser.Tests.Staff;

public sealed class ExportsAndDashboardTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    /// <summary>A 犬の登録 (環境政策課) whose owner's name Shift_JIS cannot hold (𠮷, and 葛 with a variation selector).</summary>
    private Task SubmitRareNameAsync() => SubmitAsync("inu-toroku", """
            {"data":{"ownerName":{"family":"𠮷田","given":"葛󠄀子","familyKana":"よしだ","givenKana":"かずこ"},
             "ownerAddress":{"postalCode":"634-0078","prefecture":"奈良県","city":"デモ市","street":"八木町1丁目1-18","building":""},
             "ownerPhone":"080-1111-2222","ownerEmail":"yoshida@example.jp","dogName":"ポチ","breed":"柴犬","coatColour":"赤",
             "sex":"male","neutered":"false","dogBirthDate":"2024-01-01","acquiredDate":"2024-03-01","microchipped":"true",
             "vaccinated":"false","consent":"true"}}
            """);

    /// <summary>A 道路・公園の不具合通報 (道路河川課).</summary>
    private Task SubmitRoadReportAsync() => SubmitAsync("doro-tsuho",
        """{"data":{"problemKind":"pothole","locationDescription":"市役所前の交差点","wantsContact":false,"consentShare":true}}""");

    private async Task SubmitAsync(string procedure, string answers)
    {
        using var client = new HttpClient { BaseAddress = new Uri(fixture.BaseUrl) };
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/procedures/{procedure}/applications")
        {
            Content = new StringContent(answers, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    private static async Task SignInAsync(IPage page, string user)
    {
        await page.GotoAsync("/staff/login");
        await page.GetByLabel("ログインID").FillAsync(user);
        await page.GetByLabel("パスワード").FillAsync("demo-password-2026");
        await page.GetByLabel("パスワード").PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "申請一覧" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_dashboard_reads_as_charts_and_tables_on_a_phone_and_passes_axe()
    {
        await SubmitRoadReportAsync();
        // JavaScript on only because axe runs in the page; the dashboard itself has no script.
        await using var context = await fixture.PhoneAsync(javaScript: true);
        var page = await context.NewPageAsync();
        await SignInAsync(page, "doro-chief");

        await page.GetByRole(AriaRole.Link, new() { Name = "ダッシュボード" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "ダッシュボード：道路河川課" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Img, new() { Name = "1日あたりの申請件数（過去30日）" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Img, new() { Name = "処理中の案件（状況別）" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        foreach (var summary in await page.Locator("summary").AllAsync())
        {
            await summary.ClickAsync();
        }
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "処理中の案件（状況別）" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("tr[data-status='Received'] td")).ToHaveTextAsync("1");
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task A_clerk_exports_the_inbox_in_shift_jis_is_told_which_characters_do_not_fit_and_takes_utf8()
    {
        await SubmitRareNameAsync();
        await using var context = await fixture.PhoneAsync(javaScript: true);
        var page = await context.NewPageAsync();
        await SignInAsync(page, "kankyo-clerk");

        await page.GetByRole(AriaRole.Link, new() { Name = "この条件でCSV出力" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "申請一覧のCSV出力" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        await page.GetByLabel("Shift_JIS（CP932）").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "ダウンロード" }).ClickAsync();

        var summary = page.Locator("[data-error-summary]");
        await Assertions.Expect(summary).ToBeFocusedAsync();
        await Assertions.Expect(summary).ToContainTextAsync("Shift_JISでは表せない文字が2件あります");
        await Assertions.Expect(page.Locator("[data-report] td.character").First).ToHaveTextAsync("𠮷");
        await page.AssertAccessibleAsync();

        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Button, new() { Name = "UTF-8で出力する（文字はそのまま）" }).ClickAsync());
        Assert.EndsWith("-utf8.csv", download.SuggestedFilename, StringComparison.Ordinal);
        var bytes = await File.ReadAllBytesAsync((await download.PathAsync())!);
        Assert.Contains("𠮷田 葛\U000E0100子", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }
}
