using System.Net;

using Madoguchi.Web.Tests.Support;

using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

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

    [Fact]
    public async Task The_case_page_lists_the_files_the_resident_attached()
    {
        var resident = new ResidentBrowser(app.Browser());
        var definition = await resident.Client.DefinitionAsync("juminhyo");
        var complete = await resident.ApplyAsync("juminhyo", DemoAnswers.For("juminhyo", "添付"), definition);
        var receipt = Html.Text(await resident.GetHtmlAsync(complete), "data-receipt-number");
        var clerk = await app.SignedInAsync("shimin-clerk");

        var html = await clerk.GetHtmlAsync($"/staff/applications/{receipt}");

        Assert.Contains(">photo.jpg</a>（image/jpeg", html);
    }

    [Fact]
    public async Task An_undecided_application_past_its_due_date_is_marked_overdue()
    {
        var monthsAgo = new FakeTimeProvider(DateTimeOffset.UtcNow.AddDays(-90));
        var earlier = app.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(monthsAgo)));
        using var created = await earlier.CreateClient().SubmitAsync("doro-tsuho", DemoAnswers.For("doro-tsuho"), Guid.NewGuid().ToString());
        var late = (await created.JsonAsync())["receiptNumber"]!.ToString();
        var recent = await app.SubmitDemoAsync("doro-tsuho");
        var clerk = await app.SignedInAsync("doro-chief");

        var html = await clerk.GetHtmlAsync("/staff");

        Assert.Matches($"data-receipt=\"{late}\"(?:(?!</tr>).)*class=\"overdue\"(?:(?!</tr>).)*期限超過", Flat(html));
        Assert.DoesNotMatch($"data-receipt=\"{recent}\"(?:(?!</tr>).)*(overdue|期限超過)", Flat(html));
    }

    private static string Flat(string html) => html.ReplaceLineEndings(" ");

    private static List<string> Rows(string html) =>
        [.. System.Text.RegularExpressions.Regex.Matches(html, "data-receipt=\"([^\"]+)\"").Select(m => m.Groups[1].Value)];
}
