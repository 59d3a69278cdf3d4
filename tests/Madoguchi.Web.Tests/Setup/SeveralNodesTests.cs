using System.Net;

using Madoguchi.Web.Tests.Support;

using Microsoft.AspNetCore.Mvc.Testing;

namespace Madoguchi.Web.Tests.Setup;

/// <summary>Two nodes of one installation behind a load balancer: nothing a resident needs lives on only one.</summary>
public sealed class SeveralNodesTests
{
    [Fact]
    public async Task A_form_served_by_one_node_is_accepted_when_posted_to_another()
    {
        using var nodeA = new MadoguchiApp();
        using var clientA = Client(nodeA);
        using var nodeB = nodeA.SecondNode();
        using var clientB = Client(nodeB);
        Assert.Equal(HttpStatusCode.OK, (await clientB.GetAsync("/healthz/ready")).StatusCode); // B is up before A issues a token

        using var form = await clientA.GetAsync("/procedures/doro-tsuho");
        var token = Html.AntiforgeryToken(await form.Content.ReadAsStringAsync());
        var cookie = form.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("madoguchi-csrf=", StringComparison.Ordinal)).Split(';')[0];

        using var post = new HttpRequestMessage(HttpMethod.Post, "/procedures/doro-tsuho")
        {
            Content = new FormUrlEncodedContent([new("__RequestVerificationToken", token)]),
        };
        post.Headers.Add("Cookie", cookie);
        using var started = await clientB.SendAsync(post);

        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        Assert.Contains("/pages/", started.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_draft_started_on_one_node_continues_and_is_submitted_on_another()
    {
        using var nodeA = new MadoguchiApp();
        using var nodeB = nodeA.SecondNode();
        var onA = new ResidentBrowser(nodeA.Browser());
        var definition = await onA.Client.DefinitionAsync("doro-tsuho");
        var firstPage = await onA.StartAsync("doro-tsuho");

        // The draft's secret link is all a resident carries; the next requests land on B.
        var onB = new ResidentBrowser(nodeB.Browser());
        var complete = await onB.ContinueAsync(firstPage, "doro-tsuho", DemoAnswers.For("doro-tsuho"), definition);

        Assert.Contains("申請を受け付けました", await onA.GetHtmlAsync(complete));
    }

    [Fact]
    public async Task Parallel_duplicates_spread_over_two_nodes_still_make_one_application()
    {
        using var nodeA = new MadoguchiApp();
        using var clientA = nodeA.CreateClient();
        using var nodeB = nodeA.SecondNode();
        using var clientB = nodeB.CreateClient();
        var data = DemoAnswers.For("jido-teate", "two-nodes-dup");

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(i =>
            (i % 2 == 0 ? clientA : clientB).SubmitAsync("jido-teate", data, Guid.NewGuid().ToString())));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.Equal(9, responses.Count(r => r.StatusCode == HttpStatusCode.Conflict));
    }

    private static HttpClient Client(MadoguchiApp node) => node.CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false,
        HandleCookies = false,
    });
}
