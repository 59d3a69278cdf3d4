using System.Net;
using System.Text;
using System.Text.Json.Nodes;

using Madoguchi.Browser.Tests.Support;
using Madoguchi.Web.Tests.Support;

using Microsoft.Playwright;

namespace Madoguchi.Browser.Tests.Staff;

public sealed class CaseApprovalTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private async Task<string> SubmitAsync()
    {
        using var api = new HttpClient { BaseAddress = new Uri(fixture.BaseUrl) };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/procedures/jido-teate/applications")
        {
            Content = new StringContent(new JsonObject { ["data"] = DemoAnswers.For("jido-teate", "決裁花子") }.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        using var response = await api.SendAsync(request);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["receiptNumber"]!.ToString();
    }

    private static async Task<IPage> SignInAsync(IBrowserContext context, string userName)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync("/staff/login");
        await page.GetByLabel("ログインID").FillAsync(userName);
        await page.GetByLabel("パスワード").FillAsync("demo-password-2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "ログイン" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "申請一覧" })).ToBeVisibleAsync();
        return page;
    }

    /// <summary>From the inbox, "awaiting my approval" only, to the case.</summary>
    private static async Task OpenFromMyApprovalsAsync(IPage page, string receipt)
    {
        await page.GetByLabel("自分の承認を待っているもの").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "表示する" }).ClickAsync();
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = receipt }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-receipt-number]")).ToHaveTextAsync(receipt);
    }

    [Fact]
    public async Task A_clerk_takes_an_application_from_the_inbox_to_a_decision_approved_by_the_chief_and_the_manager()
    {
        var receipt = await SubmitAsync();

        // 担当: finds it in the inbox by the applicant's name, starts the review, drafts 完了.
        await using (var clerkContext = await fixture.PhoneAsync())
        {
            var clerk = await SignInAsync(clerkContext, "kodomo-clerk");
            await clerk.GetByLabel("申請者名").FillAsync("決裁花子");
            await clerk.GetByRole(AriaRole.Button, new() { Name = "表示する" }).ClickAsync();
            await clerk.AssertAccessibleAsync();
            await clerk.GetByRole(AriaRole.Link, new() { Name = receipt }).ClickAsync();
            await clerk.AssertAccessibleAsync();
            await clerk.GetByRole(AriaRole.Button, new() { Name = "審査を開始する" }).ClickAsync();
            await Assertions.Expect(clerk.GetByRole(AriaRole.Status)).ToContainTextAsync("審査を開始しました。");
            await Assertions.Expect(clerk.Locator("[data-assignee]")).ToHaveTextAsync("こども未来課 担当（デモ）");

            // Forgetting the proposed decision: the error summary takes focus and names it.
            await clerk.GetByLabel("起案の内容・理由").FillAsync("児童と所得の要件を確認しました。認定してよろしいか伺います。");
            await clerk.GetByRole(AriaRole.Button, new() { Name = "起案する" }).Last.ClickAsync();
            await Assertions.Expect(clerk.Locator("[data-error-summary]")).ToBeFocusedAsync();
            await Assertions.Expect(clerk.Locator("[data-error-summary]")).ToContainTextAsync("決定案（完了または却下）を選んでください。");
            await clerk.AssertAccessibleAsync();
            await clerk.GetByLabel("完了（申請のとおり認める）").CheckAsync();
            await Assertions.Expect(clerk.GetByLabel("起案の内容・理由")).ToHaveValueAsync("児童と所得の要件を確認しました。認定してよろしいか伺います。");
            await clerk.GetByRole(AriaRole.Button, new() { Name = "起案する" }).Last.ClickAsync();
            await Assertions.Expect(clerk.GetByRole(AriaRole.Status)).ToContainTextAsync("起案しました。");
            await Assertions.Expect(clerk.Locator("[data-stamp='1']")).ToContainTextAsync("承認待ち");
            await clerk.AssertAccessibleAsync();
            await clerk.GetByRole(AriaRole.Button, new() { Name = "ログアウト" }).ClickAsync();
        }

        // 係長: approves the first step.
        await using (var chiefContext = await fixture.PhoneAsync())
        {
            var chief = await SignInAsync(chiefContext, "kodomo-chief");
            await OpenFromMyApprovalsAsync(chief, receipt);
            await chief.AssertAccessibleAsync();
            await chief.GetByRole(AriaRole.Button, new() { Name = "承認する" }).Last.ClickAsync();
            await Assertions.Expect(chief.GetByRole(AriaRole.Status)).ToContainTextAsync("承認しました。");
            await Assertions.Expect(chief.Locator("[data-status]")).ToHaveTextAsync("決裁待ち（課長）");
            await chief.GetByRole(AriaRole.Button, new() { Name = "ログアウト" }).ClickAsync();
        }

        // 課長: the last step makes the decision final.
        await using (var managerContext = await fixture.PhoneAsync())
        {
            var manager = await SignInAsync(managerContext, "kodomo-manager");
            await OpenFromMyApprovalsAsync(manager, receipt);
            await manager.GetByLabel("コメント").FillAsync("決裁します。");
            await manager.GetByRole(AriaRole.Button, new() { Name = "決裁する" }).Last.ClickAsync();
            await Assertions.Expect(manager.GetByRole(AriaRole.Status)).ToContainTextAsync("決裁しました。決定が確定しました。");
            await Assertions.Expect(manager.Locator("[data-status]")).ToHaveTextAsync("完了");
            await Assertions.Expect(manager.Locator("[data-stamp]")).ToHaveCountAsync(3);
            await Assertions.Expect(manager.Locator("[data-stamp='0']")).ToContainTextAsync("こども未来課 担当（デモ）");
            await Assertions.Expect(manager.Locator("[data-stamp='1']")).ToContainTextAsync("こども未来課 係長（デモ）");
            await Assertions.Expect(manager.Locator("[data-stamp='2']")).ToContainTextAsync("こども未来課 課長（デモ）");
            await Assertions.Expect(manager.Locator("[data-history-line]")).ToHaveCountAsync(5);
            await Assertions.Expect(manager.Locator("[data-no-actions]")).ToBeVisibleAsync();
            await manager.AssertAccessibleAsync();
        }
    }
}
