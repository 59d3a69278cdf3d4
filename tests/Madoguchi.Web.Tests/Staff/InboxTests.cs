using System.Net;

using Madoguchi.Web.Tests.Support;

namespace Madoguchi.Web.Tests.Staff;

public sealed class InboxTests(MadoguchiApp app) : IClassFixture<MadoguchiApp>
{
    [Fact]
    public async Task The_inbox_lists_only_applications_of_the_members_departments()
    {
        var own = await app.SubmitDemoAsync("jido-teate");
        var other = await app.SubmitDemoAsync("doro-tsuho");
        var clerk = await app.SignedInAsync("kodomo-clerk");

        var html = await clerk.GetHtmlAsync("/staff");

        Assert.Contains($"data-receipt=\"{own}\"", html);
        Assert.DoesNotContain(other, html);
        Assert.Contains("伊藤", html);
    }

    [Fact]
    public async Task Staff_find_an_application_by_its_receipt_number_as_typed_and_filter_by_status()
    {
        var first = await app.SubmitDemoAsync("jido-teate", "高橋");
        var second = await app.SubmitDemoAsync("jido-teate", "田中");
        var clerk = await app.SignedInAsync("kodomo-chief");

        var typed = first.Replace("-", "", StringComparison.Ordinal).ToLowerInvariant();
        var found = await clerk.GetHtmlAsync($"/staff?receipt={typed}");
        var withdrawn = await clerk.GetHtmlAsync("/staff?status=Withdrawn");

        Assert.Contains($"data-receipt=\"{first}\"", found);
        Assert.DoesNotContain(second, found);
        Assert.DoesNotContain(first, withdrawn);
        Assert.DoesNotContain(second, withdrawn);
    }

    [Fact]
    public async Task The_inbox_pages_fifty_at_a_time_newest_first_without_repeating_a_row()
    {
        var receipts = new List<string>();
        for (var i = 0; i < 52; i++)
        {
            receipts.Add(await app.SubmitDemoAsync("inu-toroku", $"犬{i}"));
        }
        var clerk = await app.SignedInAsync("kankyo-clerk");

        var firstPage = await clerk.GetHtmlAsync("/staff");
        var next = System.Text.RegularExpressions.Regex.Match(firstPage, "href=\"([^\"]+)\" rel=\"next\"").Groups[1].Value;
        var secondPage = await clerk.GetHtmlAsync(WebUtility.HtmlDecode(next));

        var onFirst = Rows(firstPage);
        var onSecond = Rows(secondPage);
        Assert.Equal(50, onFirst.Count);
        Assert.Equal(2, onSecond.Count);
        Assert.Equal(receipts[^1], onFirst[0]);
        Assert.Equal(receipts.Order(StringComparer.Ordinal), onFirst.Concat(onSecond).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_case_page_shows_the_answers_with_the_individual_number_masked()
    {
        var receipt = await app.SubmitDemoAsync("jido-teate", "小林");
        var clerk = await app.SignedInAsync("kodomo-manager");

        var html = await clerk.GetHtmlAsync($"/staff/applications/{receipt}");

        Assert.Contains("小林", html);
        Assert.Contains("********0121", html);
        Assert.DoesNotContain("234567890121", html);
    }

    private static List<string> Rows(string html) =>
        [.. System.Text.RegularExpressions.Regex.Matches(html, "data-receipt=\"([^\"]+)\"").Select(m => m.Groups[1].Value)];
}
