using Madoguchi.Browser.Tests.Support;
using Madoguchi.Web.Tests.Support;

using Microsoft.Playwright;

namespace Madoguchi.Browser.Tests.Staff;

/// <summary>The sign-in second step, the account and two-factor pages and staff administration, with the keyboard and axe.</summary>
public sealed class TwoFactorSignInTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string DemoAdminKey = "DEMOADMINMADOGUCHIDEMOADMINKEY22";

    [Fact]
    public async Task The_administrator_signs_in_with_an_authenticator_code_and_every_security_page_passes_axe()
    {
        await using var context = await fixture.PhoneAsync(javaScript: true);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/staff/login");
        await page.GetByLabel("ログインID").FillAsync("admin");
        await page.GetByLabel("パスワード").FillAsync("demo-password-2026");
        await page.GetByLabel("パスワード").PressAsync("Enter");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "認証コードの入力" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.GetByLabel("認証コード（6桁）").FillAsync(Totp.WrongCode(DemoAdminKey));
        await page.GetByLabel("認証コード（6桁）").PressAsync("Enter");
        await Assertions.Expect(page.Locator("[data-error-summary]")).ToBeFocusedAsync();
        await page.AssertAccessibleAsync();
        await page.GetByLabel("認証コード（6桁）").FillAsync(Totp.Code(DemoAdminKey));
        await page.GetByLabel("認証コード（6桁）").PressAsync("Enter");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "申請一覧" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "職員アカウント" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "職員アカウント" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "shimin-clerk", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "アカウントを無効にする" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "アカウント", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "パスワードの変更" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.GotoAsync("/staff/account/two-factor");
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task A_clerk_reads_the_enrolment_page_and_a_wrong_code_takes_focus_to_the_error()
    {
        await using var context = await fixture.PhoneAsync(javaScript: true);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/staff/login");
        await page.GetByLabel("ログインID").FillAsync("kankyo-chief");
        await page.GetByLabel("パスワード").FillAsync("demo-password-2026");
        await page.GetByLabel("パスワード").PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "申請一覧" })).ToBeVisibleAsync();

        await page.GotoAsync("/staff/account/two-factor");
        await Assertions.Expect(page.GetByRole(AriaRole.Img, new() { NameRegex = new("QR") })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.GetByLabel("認証コード（6桁）").FillAsync("12");
        await page.GetByLabel("認証コード（6桁）").PressAsync("Enter");

        await Assertions.Expect(page.Locator("[data-error-summary]")).ToBeFocusedAsync();
        await page.AssertAccessibleAsync();
    }
}
