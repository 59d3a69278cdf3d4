using System.Net;

using Madoguchi.Core.Cases.Lifecycle;
using Madoguchi.Core.Data;
using Madoguchi.Web.Tests.Support;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Madoguchi.Web.Tests.Resident;

public sealed class StatusTests(MadoguchiApp app) : IClassFixture<MadoguchiApp>
{
    [Fact]
    public async Task A_resident_checks_the_status_with_receipt_number_and_access_code_and_withdraws()
    {
        var api = app.CreateClient();
        using var created = await api.SubmitAsync("doro-tsuho", DemoAnswers.For("doro-tsuho"), Guid.NewGuid().ToString());
        var body = await created.JsonAsync();
        var receipt = body["receiptNumber"]!.ToString();
        var code = body["accessCode"]!.ToString();

        var browser = new ResidentBrowser(app.Browser());
        // Typed as people type it: lower case, full width, no hyphens.
        var typed = receipt.Replace("-", "", StringComparison.Ordinal).ToLowerInvariant();
        using var lookup = await browser.PostAsync("/status", [new("Receipt", typed), new("Code", code)]);
        Assert.Equal(HttpStatusCode.Redirect, lookup.StatusCode);
        var statusUrl = lookup.Headers.Location!.OriginalString;
        var html = await browser.GetHtmlAsync(statusUrl);
        Assert.Contains("受付", html);

        using var unconfirmed = await browser.PostAsync(statusUrl.Replace("?", "?handler=Withdraw&", StringComparison.Ordinal), []);
        Assert.Contains("確認のチェック", await unconfirmed.Content.ReadAsStringAsync());
        using var withdrawn = await browser.PostAsync(statusUrl.Replace("?", "?handler=Withdraw&", StringComparison.Ordinal), [new("confirm", "true")]);
        var after = await withdrawn.Content.ReadAsStringAsync();

        Assert.Contains("申請を取り下げました", after);
        Assert.Contains("data-status=\"Withdrawn\"", after);
        Assert.DoesNotContain("この申請を取り下げる", after);
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MadoguchiDb>();
        var history = await db.CaseHistory.Where(h => db.Applications.Any(a => a.Id == h.ApplicationId && a.ReceiptNumber == receipt)).ToListAsync();
        var line = Assert.Single(history);
        Assert.Equal(CaseAction.Withdraw, line.Action);
        Assert.Equal(CaseActorKind.Resident, line.ActorKind);
    }

    [Fact]
    public async Task A_wrong_access_code_reveals_nothing()
    {
        var api = app.CreateClient();
        using var created = await api.SubmitAsync("doro-tsuho", DemoAnswers.For("doro-tsuho"), Guid.NewGuid().ToString());
        var receipt = (await created.JsonAsync())["receiptNumber"]!.ToString();

        var browser = new ResidentBrowser(app.Browser());
        using var lookup = await browser.PostAsync("/status", [new("Receipt", receipt), new("Code", "AAAA-AAAA")]);

        Assert.Equal(HttpStatusCode.OK, lookup.StatusCode);
        Assert.Contains("正しくありません", await lookup.Content.ReadAsStringAsync());
        using var noToken = await browser.Client.GetAsync($"/status/{receipt}");
        Assert.Equal(HttpStatusCode.NotFound, noToken.StatusCode);
    }

    [Fact]
    public async Task Every_page_sends_the_security_headers()
    {
        using var response = await app.Browser().GetAsync("/");
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();

        Assert.Contains("script-src 'self'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
    }
}
