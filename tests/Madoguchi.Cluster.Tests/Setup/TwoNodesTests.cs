using System.Net;

using Madoguchi.Cluster.Tests.Support;
using Madoguchi.Web.Tests.Support;

namespace Madoguchi.Cluster.Tests.Setup;

/// <summary>
/// Two real app processes on one PostgreSQL database, as behind a load balancer that does not keep
/// a resident on one node: every request may land on either, and one may die at any time.
/// </summary>
public sealed class TwoNodesTests
{
    private const string Procedure = "doro-tsuho";

    [Fact]
    public async Task A_resident_applies_across_two_nodes_and_finishes_on_one_when_the_other_dies()
    {
        using var database = TestDatabase.Postgres();
        var files = Directory.CreateTempSubdirectory("madoguchi-two-nodes").FullName;
        await using var nodeA = await AppNode.StartAsync(database.ConnectionString!, files);
        await using var nodeB = await AppNode.StartAsync(database.ConnectionString!, files);
        // One cookie jar for both addresses: to the resident they are one site.
        using var handler = new HttpClientHandler { AllowAutoRedirect = false };
        using var onA = new HttpClient(handler, disposeHandler: false) { BaseAddress = nodeA.Url };
        using var onB = new HttpClient(handler, disposeHandler: false) { BaseAddress = nodeB.Url };
        HttpClient[] nodes = [onA, onB];

        var definition = await onB.DefinitionAsync(Procedure);
        var answers = DemoAnswers.For(Procedure);
        // The form is read from A and posted to B: B must accept A's antiforgery token.
        var url = await PostFormAsync(onA, onB, $"/procedures/{Procedure}", []);
        for (var turn = 1; url.Contains("/pages/", StringComparison.Ordinal); turn++)
        {
            Assert.True(turn < 20, "too many pages");
            var page = definition.Pages.Single(p => p.Key == url[(url.LastIndexOf('/') + 1)..]);
            url = await PostFormAsync(nodes[turn % 2], nodes[(turn + 1) % 2], url, FormFields.ForPage(page, answers).Append(new("action", "next")));
        }
        Assert.EndsWith("/review", url);

        nodeA.Kill();
        var complete = await PostFormAsync(onB, onB, url, []);

        using var shown = await onB.GetAsync(complete);
        Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
        Assert.Contains("申請を受け付けました", await shown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await onB.GetAsync("/healthz/ready")).StatusCode);
        await Assert.ThrowsAnyAsync<HttpRequestException>(() => onA.GetAsync("/healthz/live"));
        Directory.Delete(files, recursive: true);
    }

    [Fact]
    public async Task Two_nodes_started_at_the_same_moment_on_an_empty_database_both_become_ready()
    {
        using var database = TestDatabase.Postgres();
        var files = Directory.CreateTempSubdirectory("madoguchi-two-starts").FullName;
        CreateEmpty(database);

        Task<AppNode>[] starting = [AppNode.StartAsync(database.ConnectionString!, files), AppNode.StartAsync(database.ConnectionString!, files)];
        AppNode[] nodes;
        try
        {
            nodes = await Task.WhenAll(starting);
        }
        catch
        {
            // The node that did come up must not outlive the test.
            foreach (var started in starting.Where(t => t.IsCompletedSuccessfully))
            {
                await (await started).DisposeAsync();
            }
            throw;
        }

        await using var nodeA = nodes[0];
        await using var nodeB = nodes[1];
        using var onA = new HttpClient { BaseAddress = nodeA.Url };
        using var onB = new HttpClient { BaseAddress = nodeB.Url };
        var listA = await onA.GetStringAsync("/api/v1/procedures");
        Assert.Equal(listA, await onB.GetStringAsync("/api/v1/procedures"));
        Assert.Contains(Procedure, listA, StringComparison.Ordinal);
        Directory.Delete(files, recursive: true);
    }

    // As a DBA would: the database exists, empty, before the first node starts.
    private static void CreateEmpty(TestDatabase database)
    {
        var name = new Npgsql.NpgsqlConnectionStringBuilder(database.ConnectionString).Database;
        var admin = new Npgsql.NpgsqlConnectionStringBuilder(database.ConnectionString) { Database = "postgres", Pooling = false };
        using var connection = new Npgsql.NpgsqlConnection(admin.ConnectionString);
        connection.Open();
        using var create = connection.CreateCommand();
        create.CommandText = $"CREATE DATABASE \"{name}\"";
        create.ExecuteNonQuery();
    }

    /// <summary>GETs the form from one node and posts it, with that node's token, to another; returns where it redirects.</summary>
    private static async Task<string> PostFormAsync(HttpClient readFrom, HttpClient postTo, string url, IEnumerable<KeyValuePair<string, string>> fields)
    {
        using var form = await readFrom.GetAsync(url);
        var html = await form.Content.ReadAsStringAsync();
        Assert.True(form.StatusCode == HttpStatusCode.OK, $"GET {url} on {readFrom.BaseAddress}: {form.StatusCode}\n{html}");
        using var posted = await postTo.PostAsync(url, new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", Html.AntiforgeryToken(html)))));
        Assert.True(posted.StatusCode == HttpStatusCode.Redirect,
            $"POST {url} on {postTo.BaseAddress}: {posted.StatusCode}\n{await posted.Content.ReadAsStringAsync()}");
        return posted.Headers.Location!.OriginalString;
    }
}
