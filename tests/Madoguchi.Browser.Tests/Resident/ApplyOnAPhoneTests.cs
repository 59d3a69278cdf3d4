using System.Globalization;
using System.Text.RegularExpressions;

using Madoguchi.Browser.Tests.Support;
using Madoguchi.Core.Data;
using Madoguchi.Core.Submissions.Drafts;

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Madoguchi.Browser.Tests.Resident;

public sealed partial class ApplyOnAPhoneTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_resident_books_oversized_garbage_collection_on_a_phone_with_javascript()
    {
        await using var context = await fixture.PhoneAsync(javaScript: true);
        var page = await context.NewPageAsync();

        await page.GotoAsync("/");
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "粗大ごみ収集の申込" }).ClickAsync();
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "申請を始める" }).ClickAsync();

        // Repeating group: add an item (a plain submit button, works without JavaScript too).
        await page.GetByRole(AriaRole.Button, new() { Name = "追加する" }).ClickAsync();
        var other = page.Locator("[name='items[0].itemOther']");
        await page.Locator("[name='items[0].itemKind'][value='other']").CheckAsync();
        await Assertions.Expect(other).ToBeVisibleAsync();
        await page.Locator("[name='items[0].itemKind'][value='chair']").CheckAsync();
        await Assertions.Expect(other).ToBeHiddenAsync();
        await page.Locator("[name='items[0].size'][value='small']").CheckAsync();
        await page.Locator("[name='items[0].quantity']").FillAsync("２");
        await Assertions.Expect(page.Locator("#f-totalPieces")).ToHaveTextAsync("2");
        await page.AssertAccessibleAsync();
        await Next(page);

        // An empty page: the error summary takes focus and links to each field.
        await Next(page);
        Assert.True(await page.EvaluateAsync<bool>("() => document.activeElement && document.activeElement.hasAttribute('data-error-summary')"));
        await page.AssertAccessibleAsync();

        var date = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(9)).AddDays(7).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await page.Locator("[name='collectionDate']").FillAsync(date);
        await page.Locator("[name='applicantName.family']").FillAsync("鈴木");
        await page.Locator("[name='applicantName.given']").FillAsync("花子");
        await page.Locator("[name='applicantName.familyKana']").FillAsync("すずき");
        await page.Locator("[name='applicantName.givenKana']").FillAsync("ハナコ");
        // 郵便番号 fills the prefecture, city and town from the postal index.
        await page.Locator("[name='collectionAddress.postalCode']").FillAsync("６３４－００７８");
        await Assertions.Expect(page.Locator("[name='collectionAddress.prefecture']")).ToHaveValueAsync("奈良県");
        await Assertions.Expect(page.Locator("[name='collectionAddress.city']")).ToHaveValueAsync("橿原市");
        await Assertions.Expect(page.Locator("[name='collectionAddress.street']")).ToHaveValueAsync("八木町");
        await page.Locator("[name='collectionAddress.street']").FillAsync("八木町1丁目1-18");
        await page.Locator("[name='phone']").FillAsync("0744-22-4001");
        await page.Locator("[name='email']").FillAsync("hanako@example.jp");
        await Next(page);

        await Assertions.Expect(page.Locator("#f-fee")).ToHaveTextAsync("800円");
        await page.Locator("[name='consentPlacement']").CheckAsync();
        await Next(page);

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "入力内容の確認" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "この内容で申請する" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "申請を受け付けました" })).ToBeVisibleAsync();
        Assert.Matches(ReceiptPattern(), await page.Locator("[data-receipt-number]").InnerTextAsync());
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task A_resident_reports_a_road_problem_with_a_photo_without_javascript()
    {
        await using var context = await fixture.PhoneAsync(javaScript: false);
        var page = await context.NewPageAsync();

        await page.GotoAsync("/procedures/doro-tsuho");
        await page.GetByRole(AriaRole.Button, new() { Name = "申請を始める" }).ClickAsync();
        await page.Locator("[name='problemKind'][value='pothole']").CheckAsync();
        await Next(page);

        await page.Locator("[name='locationDescription']").FillAsync("市役所前の交差点から北へ50m");
        await page.Locator("input[type=file][name='photos']").SetInputFilesAsync(new FilePayload
        {
            Name = "road.jpg",
            MimeType = "image/jpeg",
            Buffer = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0xFF, 0xD9],
        });
        await Next(page);

        await page.Locator("[name='wantsContact'][value='false']").CheckAsync();
        await page.Locator("[name='consentShare']").CheckAsync();
        await Next(page);

        await Assertions.Expect(page.GetByText("road.jpg")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "この内容で申請する" }).ClickAsync();
        Assert.Matches(ReceiptPattern(), await page.Locator("[data-receipt-number]").InnerTextAsync());
    }

    [Fact]
    public async Task A_resident_whose_draft_expired_on_the_confirmation_page_is_told_so_on_a_phone()
    {
        await using var context = await fixture.PhoneAsync(javaScript: true);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/procedures/doro-tsuho");
        await page.GetByRole(AriaRole.Button, new() { Name = "申請を始める" }).ClickAsync();
        var secret = new Uri(page.Url).AbsolutePath.Split('/')[2];
        using (var scope = fixture.Services.CreateScope())
        {
            // Left open past its 30 days, as a resident might.
            var draft = await scope.ServiceProvider.GetRequiredService<DraftStore>().FindAsync(secret)
                ?? throw new InvalidOperationException("The draft just started is not there.");
            draft.ExpiresAt = DateTimeOffset.UtcNow.AddMinutes(-1);
            await scope.ServiceProvider.GetRequiredService<MadoguchiDb>().SaveChangesAsync();
        }

        await page.GotoAsync($"/drafts/{secret}/review");

        Assert.EndsWith($"/drafts/{secret}/expired", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "一時保存の有効期限が切れています" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("申請は受け付けていません")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "手続きの一覧へ" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/$"));
    }

    private static Task Next(IPage page) =>
        page.GetByRole(AriaRole.Button, new() { Name = "次へ進む" }).ClickAsync();

    [GeneratedRegex("^[0-9A-Z]{3}-[0-9A-Z]{3}-[0-9A-Z]{3}$")]
    private static partial Regex ReceiptPattern();
}
