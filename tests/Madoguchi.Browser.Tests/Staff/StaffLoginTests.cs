using Madoguchi.Browser.Tests.Support;

using Microsoft.Playwright;

namespace Madoguchi.Browser.Tests.Staff;

public sealed class StaffLoginTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_clerk_signs_in_with_the_keyboard_after_a_mistake_and_every_page_passes_axe()
    {
        await using var context = await fixture.PhoneAsync(javaScript: true);
        var page = await context.NewPageAsync();

        await page.GotoAsync("/staff");
        Assert.EndsWith("/staff/login?ReturnUrl=%2Fstaff", page.Url, StringComparison.Ordinal);
        await page.AssertAccessibleAsync();

        await page.GetByLabel("ログインID").FillAsync("shimin-clerk");
        await page.GetByLabel("パスワード").FillAsync("not-the-password");
        await page.GetByLabel("パスワード").PressAsync("Enter");
        await Assertions.Expect(page.Locator("[data-error-summary]")).ToBeFocusedAsync();
        await page.AssertAccessibleAsync();

        await page.GetByLabel("パスワード").FillAsync("demo-password-2026");
        await page.GetByLabel("パスワード").PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "申請一覧" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "ログアウト" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "職員ログイン" })).ToBeVisibleAsync();
    }
}
