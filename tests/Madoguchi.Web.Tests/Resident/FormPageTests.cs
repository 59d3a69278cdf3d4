using System.Net;

using Madoguchi.Web.Tests.Support;

namespace Madoguchi.Web.Tests.Resident;

public sealed class FormPageTests(MadoguchiApp app) : IClassFixture<MadoguchiApp>
{
    [Fact]
    public async Task Errors_show_a_summary_and_a_message_at_each_field_and_keep_what_was_typed()
    {
        var browser = new ResidentBrowser(app.Browser());
        var url = await browser.StartAsync("inu-toroku");

        using var response = await browser.PostAsync(url, [
            new("ownerName.family", "高橋"),
            new("ownerName.givenKana", "Takahashi1"),
            new("ownerEmail", "メールではない"),
            new("action", "next"),
        ]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("data-error-summary", html);
        Assert.Contains("href=\"#f-ownerPhone\"", html);
        Assert.Contains("id=\"f-ownerEmail-error\"", html);
        Assert.Contains("value=\"高橋\"", html);
        Assert.Contains("value=\"メールではない\"", html);
    }

    [Fact]
    public async Task A_saved_draft_resumes_through_its_secret_link_with_every_answer()
    {
        var browser = new ResidentBrowser(app.Browser());
        var url = await browser.StartAsync("doro-tsuho");
        using var saved = await browser.PostAsync(url, [
            new("problemKind", "other"),
            new("problemOther", "倒木"),
            new("action", "save"),
        ]);
        var html = await saved.Content.ReadAsStringAsync();
        Assert.Contains("一時保存しました", html);
        var secret = url.Split('/')[2];

        var stranger = new ResidentBrowser(app.Browser()); // another device: no cookies
        using var resume = await stranger.Client.GetAsync($"/drafts/{secret}");
        Assert.Equal(HttpStatusCode.Redirect, resume.StatusCode);
        var page = await stranger.GetHtmlAsync(resume.Headers.Location!.OriginalString);

        Assert.Contains("value=\"倒木\"", page);
        Assert.Matches("value=\"other\"[^>]*checked", page);
    }

    [Fact]
    public async Task A_wrong_draft_link_is_404()
    {
        using var response = await app.Browser().GetAsync("/drafts/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/pages/problem");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("ページが見つかりません", html);
        Assert.Contains("有効期限", html);
    }

    [Fact]
    public async Task Repeating_groups_add_and_remove_items_without_javascript()
    {
        var browser = new ResidentBrowser(app.Browser());
        var url = await browser.StartAsync("sodai-gomi");

        using var added = await browser.PostAsync(url, [new("items.count", "0"), new("action", "add:items")]);
        var one = await added.Content.ReadAsStringAsync();
        using var addedAgain = await browser.PostAsync(url, [
            new("items.count", "1"), new("items[0].itemKind", "chair"), new("action", "add:items")]);
        var two = await addedAgain.Content.ReadAsStringAsync();
        using var removed = await browser.PostAsync(url, [
            new("items.count", "2"), new("items[0].itemKind", "chair"), new("items[1].itemKind", "bed"), new("action", "remove:items:0")]);
        var left = await removed.Content.ReadAsStringAsync();

        Assert.Contains("name=\"items[0].itemKind\"", one);
        Assert.DoesNotContain("name=\"items[1].itemKind\"", one);
        Assert.Contains("name=\"items[1].itemKind\"", two);
        Assert.DoesNotContain("name=\"items[1].itemKind\"", left);
        Assert.Matches("id=\"f-items-0-itemKind-[0-9]+\" name=\"items\\[0\\].itemKind\" value=\"bed\" checked", left);
    }

    [Fact]
    public async Task A_file_whose_bytes_are_not_an_image_is_refused_and_nothing_typed_is_lost()
    {
        var browser = new ResidentBrowser(app.Browser());
        var url = await browser.StartAsync("doro-tsuho");
        using var first = await browser.PostAsync(url, [new("problemKind", "pothole"), new("action", "next")]);
        var location = first.Headers.Location!.OriginalString;

        using var response = await browser.PostAsync(location, [
            new("locationDescription", "市役所前の交差点"),
            new("action", "next"),
        ], [new UploadFile("photos", "photo.jpg", TestFiles.HtmlPretendingToBeJpeg)]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("JPEG", html);
        Assert.Contains("id=\"f-photos-error\"", html);
        Assert.Contains("市役所前の交差点", html);
    }

    [Fact]
    public async Task An_oversized_file_is_refused_with_its_limit()
    {
        var browser = new ResidentBrowser(app.Browser());
        var url = await browser.StartAsync("doro-tsuho");
        using var first = await browser.PostAsync(url, [new("problemKind", "pothole"), new("action", "next")]);
        var big = new byte[6 * 1024 * 1024];
        TestFiles.Jpeg.CopyTo(big, 0);

        using var response = await browser.PostAsync(first.Headers.Location!.OriginalString, [
            new("locationDescription", "市役所前の交差点"), new("action", "next")], [new UploadFile("photos", "big.jpg", big)]);

        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("大きすぎます", html);
        Assert.Contains("5MB", html);
    }

    [Fact]
    public async Task Posting_without_the_antiforgery_token_is_refused()
    {
        var client = app.Browser();
        using var response = await client.PostAsync("/procedures/doro-tsuho", new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
