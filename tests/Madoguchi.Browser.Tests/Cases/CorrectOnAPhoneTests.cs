using System.Net.Http.Json;
using System.Text.Json.Nodes;

using Madoguchi.Browser.Tests.Support;

using Microsoft.Playwright;

namespace Madoguchi.Browser.Tests.Cases;

public sealed class CorrectOnAPhoneTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_clerk_asks_for_a_correction_and_the_resident_answers_it_on_a_phone()
    {
        var (receipt, statusUrl) = await SubmitRoadReportAsync();

        await using var office = await fixture.Browser.NewContextAsync(new() { BaseURL = fixture.BaseUrl, Locale = "ja-JP" });
        var clerk = await office.NewPageAsync();
        await clerk.GotoAsync("/staff/login");
        await clerk.GetByLabel("ログインID").FillAsync("doro-clerk");
        await clerk.GetByLabel("パスワード").FillAsync("demo-password-2026");
        await clerk.GetByLabel("パスワード").PressAsync("Enter");
        await clerk.GotoAsync($"/staff/applications/{receipt}");
        await clerk.GetByRole(AriaRole.Button, new() { Name = "審査を開始する" }).ClickAsync();
        await clerk.GetByRole(AriaRole.Link, new() { Name = "補正を依頼する" }).ClickAsync();
        await clerk.AssertAccessibleAsync();
        await clerk.GetByRole(AriaRole.Button, new() { Name = "補正を依頼する" }).ClickAsync();
        await Assertions.Expect(clerk.Locator("[data-error-summary]")).ToBeFocusedAsync();
        await clerk.AssertAccessibleAsync();
        await clerk.GetByLabel("場所の説明").CheckAsync();
        await clerk.GetByLabel("申請者へのメッセージ").FillAsync("場所がわかりません。近くの目印を書いてください。");
        await clerk.GetByRole(AriaRole.Button, new() { Name = "補正を依頼する" }).ClickAsync();
        await Assertions.Expect(clerk.Locator("[data-open-correction]")).ToBeVisibleAsync();
        await clerk.AssertAccessibleAsync();

        await using var phone = await fixture.PhoneAsync(javaScript: true);
        var resident = await phone.NewPageAsync();
        await resident.GotoAsync(statusUrl);
        await Assertions.Expect(resident.Locator("[data-correction-message]")).ToContainTextAsync("近くの目印");
        await resident.AssertAccessibleAsync();
        await resident.GetByRole(AriaRole.Link, new() { Name = "回答を修正する" }).ClickAsync();
        await resident.AssertAccessibleAsync();
        await resident.GetByLabel("場所の説明").FillAsync("北");
        await resident.GetByRole(AriaRole.Button, new() { Name = "確認へ進む" }).ClickAsync();
        await Assertions.Expect(resident.Locator("[data-error-summary]")).ToBeFocusedAsync();
        await resident.AssertAccessibleAsync();
        await resident.GetByLabel("場所の説明").FillAsync("市役所前の交差点から北へ50m、郵便ポストの横");
        await resident.GetByRole(AriaRole.Button, new() { Name = "確認へ進む" }).ClickAsync();
        await Assertions.Expect(resident.GetByRole(AriaRole.Heading, new() { Name = "補正内容の確認" })).ToBeVisibleAsync();
        await Assertions.Expect(resident.Locator("[data-change='locationDescription']")).ToContainTextAsync("郵便ポストの横");
        await resident.AssertAccessibleAsync();
        await resident.GetByRole(AriaRole.Button, new() { Name = "この内容で補正を提出する" }).ClickAsync();
        await Assertions.Expect(resident.Locator("[data-corrected]")).ToBeVisibleAsync();
        await resident.GetByLabel("担当課へのメッセージ").FillAsync("ポストは赤い丸型です。");
        await resident.GetByRole(AriaRole.Button, new() { Name = "送信する" }).ClickAsync();
        await Assertions.Expect(resident.Locator("[data-sent]")).ToBeVisibleAsync();
        await resident.AssertAccessibleAsync();

        await clerk.ReloadAsync();
        await Assertions.Expect(clerk.Locator("[data-change='locationDescription']")).ToContainTextAsync("郵便ポストの横");
        await Assertions.Expect(clerk.Locator("[data-messages]")).ToContainTextAsync("赤い丸型");
        await clerk.AssertAccessibleAsync();
    }

    private async Task<(string Receipt, string StatusUrl)> SubmitRoadReportAsync()
    {
        using var client = new HttpClient { BaseAddress = new Uri(fixture.BaseUrl) };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/procedures/doro-tsuho/applications")
        {
            Content = JsonContent.Create(new JsonObject
            {
                ["data"] = new JsonObject
                {
                    ["problemKind"] = "pothole",
                    ["locationDescription"] = "市役所の近く",
                    ["wantsContact"] = false,
                    ["consentShare"] = true,
                },
            }),
        };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        using var response = await client.SendAsync(request);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        return (body["receiptNumber"]!.ToString(), body["statusUrl"]!.ToString());
    }
}
