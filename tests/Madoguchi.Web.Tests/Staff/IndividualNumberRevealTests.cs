using System.Net;

using Madoguchi.Core.Audit;
using Madoguchi.Web.Tests.Support;

namespace Madoguchi.Web.Tests.Staff;

/// <summary>個人番号 stays masked on the case page until a clerk presses 表示; that response alone shows it, and the log records who looked.</summary>
public sealed class IndividualNumberRevealTests(MadoguchiApp app) : IClassFixture<MadoguchiApp>
{
    private const string Applicant = "applicantIndividualNumber";
    private const string FirstChild = "children[0].childIndividualNumber";
    private const string ChildNumber = "234567890121";

    [Fact]
    public async Task Show_reveals_one_number_for_that_response_and_records_the_field_but_never_the_number()
    {
        var (receipt, number) = await ApplyAsync("表示");
        var clerk = await app.SignedInAsync("kodomo-clerk");
        var page = await clerk.GetHtmlAsync(Case(receipt));
        Assert.DoesNotContain(number, page);
        Assert.Contains("********" + number[^4..], page);

        using var revealed = await Reveal(clerk, receipt, Applicant);
        var html = await revealed.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, revealed.StatusCode);
        Assert.Equal(number, Html.Text(html, "data-individual-number-revealed"));
        Assert.DoesNotContain(ChildNumber, html);
        Assert.True(revealed.Headers.CacheControl?.NoStore);
        Assert.DoesNotContain(number, await clerk.GetHtmlAsync(Case(receipt)));
        var entries = await app.EntriesAsync();
        var entry = Assert.Single(entries, e => e.Action == AuditActions.IndividualNumberRevealed && e.Target == receipt);
        Assert.Contains(Applicant, entry.Details, StringComparison.Ordinal);
        Assert.Contains("kodomo-clerk", entry.ActorName, StringComparison.Ordinal);
        Assert.DoesNotContain(entries, e => $"{e.Target}{e.Details}".Contains(number, StringComparison.Ordinal) || $"{e.Target}{e.Details}".Contains(ChildNumber, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_number_inside_a_repeating_group_is_revealed_by_its_path()
    {
        var (receipt, number) = await ApplyAsync("子ども");
        var clerk = await app.SignedInAsync("kodomo-chief");

        using var revealed = await Reveal(clerk, receipt, FirstChild);
        var html = await revealed.Content.ReadAsStringAsync();

        Assert.Equal(ChildNumber, Html.Text(html, "data-individual-number-revealed"));
        Assert.DoesNotContain(number, html);
    }

    [Theory]
    [InlineData("applicantName")]
    [InlineData("children[0]")]
    [InlineData("children[5].childIndividualNumber")]
    [InlineData("children[x].childIndividualNumber")]
    [InlineData("children.childIndividualNumber")]
    [InlineData("applicantIndividualNumber[0]")]
    [InlineData("nothing")]
    [InlineData("")]
    [InlineData("__proto__")]
    public async Task A_field_that_is_not_an_answered_individual_number_is_a_bad_request_and_not_recorded(string field)
    {
        var (receipt, number) = await ApplyAsync("不正" + field);
        var clerk = await app.SignedInAsync("kodomo-manager");

        using var response = await Reveal(clerk, receipt, field);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(number, await response.Content.ReadAsStringAsync());
        Assert.DoesNotContain(await app.EntriesAsync(), e => e.Action == AuditActions.IndividualNumberRevealed && e.Target == receipt);
    }

    [Fact]
    public async Task Oversized_input_another_department_and_a_missing_token_reveal_nothing()
    {
        var (receipt, number) = await ApplyAsync("拒否");
        var own = await app.SignedInAsync("kodomo-clerk");
        var other = await app.SignedInAsync("zeimu-clerk");

        using var huge = await Reveal(own, receipt, new string('a', 100_000));
        using var otherDepartment = await other.Client.PostAsync(Case(receipt) + "?handler=Reveal",
            new FormUrlEncodedContent([new("field", Applicant), new("__RequestVerificationToken", Html.AntiforgeryToken(await other.GetHtmlAsync("/staff")))]));
        using var forged = await own.Client.PostAsync(Case(receipt) + "?handler=Reveal", new FormUrlEncodedContent([new("field", Applicant)]));
        using var anonymous = await app.Browser().PostAsync(Case(receipt) + "?handler=Reveal", new FormUrlEncodedContent([new("field", Applicant)]));

        Assert.Equal(HttpStatusCode.BadRequest, huge.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherDepartment.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.True(anonymous.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.BadRequest);
        foreach (var response in new[] { huge, otherDepartment, forged, anonymous })
        {
            Assert.DoesNotContain(number, await response.Content.ReadAsStringAsync());
        }
        Assert.DoesNotContain(await app.EntriesAsync(), e => e.Action == AuditActions.IndividualNumberRevealed && e.Target == receipt);
    }

    private static string Case(string receipt) => $"/staff/applications/{receipt}";

    private static Task<HttpResponseMessage> Reveal(ResidentBrowser clerk, string receipt, string field) =>
        clerk.SubmitAsync(Case(receipt), Case(receipt) + "?handler=Reveal", [new("field", field)]);

    /// <summary>A 児童手当 application (こども未来課) with the applicant's and a child's 個人番号.</summary>
    private async Task<(string Receipt, string Number)> ApplyAsync(string name) =>
        (await app.SubmitDemoAsync("jido-teate", name), DemoAnswers.IndividualNumber(name));
}
