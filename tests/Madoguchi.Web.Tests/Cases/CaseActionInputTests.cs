using System.Net;

using Madoguchi.Web.Tests.Support;

namespace Madoguchi.Web.Tests.Cases;

/// <summary>Wrong, hostile and oversized input to the case actions: a clear message on the page, never a 500, nothing changed.</summary>
public sealed class CaseActionInputTests(MadoguchiApp app) : IClassFixture<MadoguchiApp>
{
    public static TheoryData<string, string, string> BadComments => new()
    {
        { "SendBack", "", "理由・コメントを入力してください。" },
        { "SendBack", "   \n  ", "理由・コメントを入力してください。" },
        { "SendBack", new string('長', 2001), "2000文字以内で入力してください" },
        { "SendBack", "理由\u202Eです", "文字目の" },
        { "Approve", "ok\u0007", "文字目の" },
        { "Approve", new string('a', 50_000), "2000文字以内で入力してください" },
    };

    private async Task<(string Receipt, ResidentBrowser Chief)> AwaitingChiefAsync(string name)
    {
        var receipt = await app.SubmitDemoAsync("jido-teate", name);
        var clerk = await app.SignedInAsync("kodomo-clerk");
        await clerk.DoAsync(receipt, "StartReview");
        await clerk.DoAsync(receipt, "Draft", ("Decision", "Completed"), ("Comment", "起案"));
        return (receipt, await app.SignedInAsync("kodomo-chief"));
    }

    [Theory]
    [MemberData(nameof(BadComments))]
    public async Task A_missing_oversized_or_disguising_comment_is_named_in_the_error_summary(string handler, string comment, string message)
    {
        var (receipt, chief) = await AwaitingChiefAsync(Guid.NewGuid().ToString("N"));
        var before = await app.LoadAsync(receipt);

        using var response = await chief.ActAsync(receipt, handler, ("Comment", comment));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(message, CasePage.ErrorSummary(html));
        Assert.Contains($"href=\"#{handler.ToLowerInvariant()}-comment\"", html);
        Assert.Contains("tabindex=\"-1\" data-error-summary", html);
        Assert.Equal(before.Revision, (await app.LoadAsync(receipt)).Revision);
    }

    [Fact]
    public async Task A_nul_character_is_refused_by_the_form_reader_and_changes_nothing()
    {
        // ASP.NET Core's form reader refuses NUL in a form body (400) before any page code runs.
        var (receipt, chief) = await AwaitingChiefAsync(Guid.NewGuid().ToString("N"));
        var before = await app.LoadAsync(receipt);

        using var response = await chief.ActAsync(receipt, "SendBack", ("Comment", "理由\u0000です"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before.Revision, (await app.LoadAsync(receipt)).Revision);
    }

    [Fact]
    public async Task What_was_typed_is_kept_when_a_draft_is_refused()
    {
        var receipt = await app.SubmitDemoAsync("jido-teate", "入力保持");
        var clerk = await app.SignedInAsync("kodomo-clerk");
        await clerk.DoAsync(receipt, "StartReview");

        using var response = await clerk.ActAsync(receipt, "Draft", ("Comment", "<script>alert(1)</script> 書きかけの起案"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("決定案（完了または却下）を選んでください。", CasePage.ErrorSummary(html));
        Assert.Contains("href=\"#draft-decision-Completed\"", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; 書きかけの起案</textarea>", html);
        Assert.DoesNotContain("<script>alert(1)", html);
    }

    [Theory]
    [InlineData("Withdrawn")]
    [InlineData("completed")]
    [InlineData("4")]
    [InlineData("Completed,Rejected")]
    public async Task A_decision_other_than_completed_or_rejected_is_refused(string decision)
    {
        var receipt = await app.SubmitDemoAsync("jido-teate", Guid.NewGuid().ToString("N"));
        var clerk = await app.SignedInAsync("kodomo-clerk");
        await clerk.DoAsync(receipt, "StartReview");

        using var response = await clerk.ActAsync(receipt, "Draft", ("Decision", decision), ("Comment", "起案"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(Core.Submissions.ApplicationStatus.UnderReview, (await app.LoadAsync(receipt)).Status);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("99999999999999999999")]
    [InlineData("-1")]
    public async Task A_post_without_the_revision_it_was_based_on_changes_nothing(string? revision)
    {
        var receipt = await app.SubmitDemoAsync("jido-teate", Guid.NewGuid().ToString("N"));
        var clerk = await app.SignedInAsync("kodomo-clerk");
        var html = await clerk.GetHtmlAsync(CasePage.Url(receipt));

        using var response = await clerk.PostActionAsync(receipt, "StartReview", revision, Html.AntiforgeryToken(html));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.NotEmpty(CasePage.ErrorSummary(await response.Content.ReadAsStringAsync()));
        Assert.Equal(Core.Submissions.ApplicationStatus.Received, (await app.LoadAsync(receipt)).Status);
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused()
    {
        var receipt = await app.SubmitDemoAsync("jido-teate", "偽造");
        var clerk = await app.SignedInAsync("kodomo-clerk");
        var revision = CasePage.Revision(await clerk.GetHtmlAsync(CasePage.Url(receipt)))!;

        using var response = await clerk.Client.PostAsync($"{CasePage.Url(receipt)}?handler=StartReview",
            new FormUrlEncodedContent([new("Revision", revision)]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(Core.Submissions.ApplicationStatus.Received, (await app.LoadAsync(receipt)).Status);
    }

    [Theory]
    [InlineData("NoSuchAction")]
    [InlineData("")]
    public async Task An_unknown_action_is_not_found_and_never_an_error(string handler)
    {
        var receipt = await app.SubmitDemoAsync("jido-teate", Guid.NewGuid().ToString("N"));
        var clerk = await app.SignedInAsync("kodomo-clerk");
        var html = await clerk.GetHtmlAsync(CasePage.Url(receipt));

        using var response = await clerk.PostActionAsync(receipt, handler, CasePage.Revision(html), Html.AntiforgeryToken(html));

        Assert.True((int)response.StatusCode is >= 400 and < 500, $"{response.StatusCode}");
        Assert.Equal(Core.Submissions.ApplicationStatus.Received, (await app.LoadAsync(receipt)).Status);
    }

    [Theory]
    [InlineData("ZZZ-ZZZ-ZZZ")]
    [InlineData("not-a-number")]
    [InlineData("%3Cscript%3E")]
    public async Task An_action_on_a_number_that_does_not_exist_is_not_found(string receipt)
    {
        var clerk = await app.SignedInAsync("kodomo-clerk");
        var token = Html.AntiforgeryToken(await clerk.GetHtmlAsync("/staff"));

        using var response = await clerk.PostActionAsync(receipt, "StartReview", "0", token);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
