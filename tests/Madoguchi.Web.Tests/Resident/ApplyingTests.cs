using System.Net;

using Madoguchi.Core.Data;
using Madoguchi.Core.Submissions.Drafts;
using Madoguchi.Web.Tests.Support;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Madoguchi.Web.Tests.Resident;

/// <summary>The resident's journey through the HTML pages, without JavaScript, for every demo procedure.</summary>
public sealed class ApplyingTests(MadoguchiApp app) : IClassFixture<MadoguchiApp>
{
    public static TheoryData<string> Procedures => [.. DemoAnswers.Procedures];

    [Theory]
    [MemberData(nameof(Procedures))]
    public async Task A_resident_applies_page_by_page_and_gets_a_receipt(string procedure)
    {
        var browser = new ResidentBrowser(app.Browser());
        var definition = await browser.Client.DefinitionAsync(procedure);

        var complete = await browser.ApplyAsync(procedure, DemoAnswers.For(procedure, "html-" + procedure), definition);

        var html = await browser.GetHtmlAsync(complete);
        var receipt = Html.Text(html, "data-receipt-number");
        Assert.Matches("^[0-9A-Z]{3}-[0-9A-Z]{3}-[0-9A-Z]{3}$", receipt);
        Assert.Contains("申請を受け付けました", html);
    }

    [Fact]
    public async Task Submitting_twice_from_the_review_page_creates_one_application()
    {
        var browser = new ResidentBrowser(app.Browser());
        var definition = await browser.Client.DefinitionAsync("doro-tsuho");
        var complete = await browser.ApplyAsync("doro-tsuho", DemoAnswers.For("doro-tsuho"), definition);
        var review = complete.Replace("/complete", "/review", StringComparison.Ordinal);

        // A reload of the confirmation POST: the draft has been sent, so it shows the same receipt.
        using var again = await browser.Client.GetAsync(review);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(complete, again.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Submitting_a_draft_that_has_expired_says_so_and_stores_nothing()
    {
        var browser = new ResidentBrowser(app.Browser());
        var definition = await browser.Client.DefinitionAsync("doro-tsuho");
        var review = await browser.FillAsync(await browser.StartAsync("doro-tsuho"), "doro-tsuho", DemoAnswers.For("doro-tsuho"), definition);
        var token = Html.AntiforgeryToken(await browser.GetHtmlAsync(review));
        // The review page stays open past the draft's expiry before 申請 is pressed.
        var draftId = await ExpireDraftAsync(review.Split('/')[2]);

        using var submitted = await browser.Client.PostAsync(review, new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        var expired = submitted.Headers.Location!.OriginalString;
        using var japanese = await browser.Client.GetAsync(expired);
        using var english = await browser.Client.GetAsync(expired + "?lang=en");

        Assert.Equal(HttpStatusCode.Gone, japanese.StatusCode);
        var ja = await japanese.Content.ReadAsStringAsync();
        Assert.Contains("一時保存の有効期限が切れています", ja);
        Assert.Contains("申請は受け付けていません", ja);
        Assert.DoesNotContain("ただいま処理できません", ja);
        Assert.Contains("has expired", await english.Content.ReadAsStringAsync());
        using (var scope = app.Services.CreateScope())
        {
            var key = "draft-" + draftId.ToString("N");
            Assert.False(await scope.ServiceProvider.GetRequiredService<MadoguchiDb>().Applications.AnyAsync(a => a.IdempotencyKey == key));
        }
        // Opening the confirmation page again says the same.
        using var reopened = await browser.Client.GetAsync(review);
        Assert.Equal(expired, reopened.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_sent_draft_that_has_expired_is_never_called_unsent()
    {
        var browser = new ResidentBrowser(app.Browser());
        var definition = await browser.Client.DefinitionAsync("doro-tsuho");
        var complete = await browser.ApplyAsync("doro-tsuho", DemoAnswers.For("doro-tsuho"), definition);
        var secret = complete.Split('/')[2];
        await ExpireDraftAsync(secret);

        var firstPage = $"/drafts/{secret}/pages/{definition.Pages[0].Key}";
        using var expired = await browser.Client.GetAsync($"/drafts/{secret}/expired");

        foreach (var url in new[] { $"/drafts/{secret}", firstPage, $"/drafts/{secret}/review", complete })
        {
            using var opened = await browser.Client.GetAsync(url);
            Assert.Equal(HttpStatusCode.NotFound, opened.StatusCode);
        }
        Assert.Equal(HttpStatusCode.Redirect, expired.StatusCode);
        Assert.DoesNotContain("受け付けていません", await expired.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Every_page_of_a_draft_that_expired_unsent_says_so_instead_of_not_found()
    {
        var browser = new ResidentBrowser(app.Browser());
        var firstPage = await browser.StartAsync("doro-tsuho");
        var secret = firstPage.Split('/')[2];
        var token = Html.AntiforgeryToken(await browser.GetHtmlAsync(firstPage));
        await ExpireDraftAsync(secret);
        var expired = $"/drafts/{secret}/expired";

        // The saved link, a page, the confirmation and the receipt page, as a bookmark or the back button opens them.
        foreach (var url in new[] { $"/drafts/{secret}", firstPage, $"/drafts/{secret}/review", $"/drafts/{secret}/complete" })
        {
            using var opened = await browser.Client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
            Assert.Equal(expired, opened.Headers.Location?.OriginalString);
        }
        // A page left open past the expiry and then sent: nothing is saved, and the resident is told why.
        using var sent = await browser.Client.PostAsync(firstPage,
            new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("action", "next")]));
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal(expired, sent.Headers.Location?.OriginalString);
        // A link that never was a draft is still simply not found.
        using var unknown = await browser.Client.GetAsync($"/drafts/{new string('x', 43)}/pages/{firstPage.Split('/')[4]}");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task The_catalogue_finds_procedures_by_word_department_and_life_event()
    {
        var browser = new ResidentBrowser(app.Browser());

        var byWord = await browser.GetHtmlAsync("/?q=" + Uri.EscapeDataString("粗大ごみ"));
        var byKana = await browser.GetHtmlAsync("/?q=" + Uri.EscapeDataString("じゅうみんひょう"));
        var byDepartment = await browser.GetHtmlAsync("/?department=kankyo");
        var byEvent = await browser.GetHtmlAsync("/?event=petto");
        var none = await browser.GetHtmlAsync("/?q=" + Uri.EscapeDataString("存在しない手続きxyz"));

        Assert.Contains("/procedures/sodai-gomi", byWord);
        Assert.DoesNotContain("/procedures/juminhyo", byWord);
        Assert.Contains("/procedures/sodai-gomi", byDepartment);
        Assert.Contains("/procedures/inu-toroku", byDepartment);
        Assert.DoesNotContain("/procedures/juminhyo", byDepartment);
        Assert.Contains("/procedures/inu-toroku", byEvent);
        Assert.Contains("条件に合う手続きはありません", none);
        Assert.NotNull(byKana);
    }

    [Fact]
    public async Task A_procedure_page_shows_what_you_need_the_fee_and_the_processing_time()
    {
        var html = await new ResidentBrowser(app.Browser()).GetHtmlAsync("/procedures/juminhyo");

        Assert.Contains("用意するもの", html);
        Assert.Contains("1通につき300円", html);
        Assert.Contains("標準処理期間", html);
        Assert.Contains("5開庁日", html);
    }

    [Fact]
    public async Task The_pages_are_in_English_when_chosen()
    {
        var client = app.Browser();
        using var english = await client.GetAsync("/procedures/juminhyo?lang=en");
        var html = await english.Content.ReadAsStringAsync();
        var later = await client.GetStringAsync("/");

        Assert.Contains("lang=\"en\"", html);
        Assert.Contains("Request for a copy of the residence record", html);
        Assert.Contains("Procedures you can complete online", later);
    }

    /// <summary>Moves the draft's expiry a minute into the past, as if the resident had waited too long.</summary>
    private async Task<Guid> ExpireDraftAsync(string secret)
    {
        using var scope = app.Services.CreateScope();
        var draftId = (await scope.ServiceProvider.GetRequiredService<DraftStore>().FindAsync(secret))!.Id;
        await scope.ServiceProvider.GetRequiredService<MadoguchiDb>().Drafts.Where(d => d.Id == draftId)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.ExpiresAt, DateTimeOffset.UtcNow.AddMinutes(-1)));
        return draftId;
    }
}
