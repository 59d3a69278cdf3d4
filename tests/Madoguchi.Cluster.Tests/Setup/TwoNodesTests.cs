using System.Net;
using System.Text.RegularExpressions;

using Madoguchi.Cluster.Tests.Support;
using Madoguchi.Web.Tests.Support;

namespace Madoguchi.Cluster.Tests.Setup;

/// <summary>
/// Two real app processes on one PostgreSQL database, as behind a load balancer that does not keep
/// a resident on one node: every request may land on either, and one may die at any time.
/// </summary>
public sealed partial class TwoNodesTests
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
    public async Task Staff_work_a_case_from_receipt_to_decision_across_two_nodes_and_finish_on_one_when_the_other_dies()
    {
        using var database = TestDatabase.Postgres();
        var files = Directory.CreateTempSubdirectory("madoguchi-two-nodes-staff").FullName;
        await using var nodeA = await AppNode.StartAsync(database.ConnectionString!, files);
        await using var nodeB = await AppNode.StartAsync(database.ConnectionString!, files);
        using var resident = new HttpClient { BaseAddress = nodeB.Url };
        using var created = await resident.SubmitAsync(Procedure, DemoAnswers.For(Procedure, "二台 確認"), Guid.NewGuid().ToString());
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var receipt = (await created.JsonAsync())["receiptNumber"]!.ToString();

        // Each person signs in on one node and is then served by whichever node the balancer picks.
        await using var clerk = await StaffOnBothAsync(nodeA, nodeB, "doro-clerk");
        Assert.Contains(receipt, await clerk.OnB.GetStringAsync($"/staff?receipt={receipt}"), StringComparison.Ordinal);
        await ActAsync(clerk.OnB, clerk.OnA, receipt, "AssignToMe");
        await ActAsync(clerk.OnA, clerk.OnB, receipt, "StartReview");
        await ActAsync(clerk.OnB, clerk.OnA, receipt, "Draft", ("Decision", "Completed"), ("Comment", "現地確認済み。補修を手配します。"));

        await using var chief = await StaffOnBothAsync(nodeB, nodeA, "doro-chief");
        await ActAsync(chief.OnA, chief.OnB, receipt, "Approve");

        // The manager opens the case on A; A dies before the approval is sent; B takes the post
        // made with A's page and token, and so does every later request.
        await using var manager = await StaffOnBothAsync(nodeA, nodeB, "doro-manager");
        var page = await OkHtmlAsync(manager.OnA, CaseUrl(receipt));
        nodeA.Kill();
        using var approved = await manager.OnB.PostAsync($"{CaseUrl(receipt)}?handler=Approve", new FormUrlEncodedContent(
            [new("Revision", Revision(page)!), new("__RequestVerificationToken", Html.AntiforgeryToken(page))]));
        Assert.True(approved.StatusCode == HttpStatusCode.Redirect, $"Approve on B with A's page: {approved.StatusCode}\n{ErrorSummary(await approved.Content.ReadAsStringAsync())}");

        var decided = await OkHtmlAsync(clerk.OnB, CaseUrl(receipt));
        Assert.Contains("data-status=\"Completed\"", decided, StringComparison.Ordinal);
        // The stamp column names all three, each signed in on a different node from where they acted.
        foreach (var who in new[] { "道路河川課 担当（デモ）", "道路河川課 係長（デモ）", "道路河川課 課長（デモ）" })
        {
            Assert.Contains(who, decided, StringComparison.Ordinal);
        }
        await Assert.ThrowsAnyAsync<HttpRequestException>(() => clerk.OnA.GetAsync("/healthz/live"));
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

    private static string CaseUrl(string receipt) => $"/staff/applications/{receipt}";

    /// <summary>A staff member's browser: one cookie jar, a client for each node; signed in on <paramref name="signInOn"/>.</summary>
    private static async Task<StaffSession> StaffOnBothAsync(AppNode signInOn, AppNode other, string userName)
    {
        var handler = new HttpClientHandler { AllowAutoRedirect = false };
        var session = new StaffSession(handler, new HttpClient(handler, false) { BaseAddress = signInOn.Url }, new HttpClient(handler, false) { BaseAddress = other.Url });
        var landed = await PostFormAsync(session.OnA, session.OnA, "/staff/login", [new("UserName", userName), new("Password", "demo-password-2026")]);
        Assert.DoesNotContain("/login", landed, StringComparison.Ordinal);
        return session;
    }

    /// <summary>Opens the case page on one node and posts the action's form, with that page's revision and token, to the other.</summary>
    private static async Task ActAsync(HttpClient readFrom, HttpClient postTo, string receipt, string handler, params (string Name, string Value)[] fields)
    {
        var html = await OkHtmlAsync(readFrom, CaseUrl(receipt));
        var revision = Revision(html) ?? throw new InvalidOperationException($"{readFrom.BaseAddress} offers no action on {receipt}.");
        var all = fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))
            .Append(new("Revision", revision)).Append(new("__RequestVerificationToken", Html.AntiforgeryToken(html)));
        using var posted = await postTo.PostAsync($"{CaseUrl(receipt)}?handler={handler}", new FormUrlEncodedContent(all));
        Assert.True(posted.StatusCode == HttpStatusCode.Redirect,
            $"{handler} on {postTo.BaseAddress} with a page from {readFrom.BaseAddress}: {posted.StatusCode}\n{ErrorSummary(await posted.Content.ReadAsStringAsync())}");
        Assert.Equal($"{CaseUrl(receipt)}?done={handler}", posted.Headers.Location!.OriginalString);
    }

    private static async Task<string> OkHtmlAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} on {client.BaseAddress}: {response.StatusCode}");
        return html;
    }

    private sealed record StaffSession(HttpClientHandler Handler, HttpClient OnA, HttpClient OnB) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            OnA.Dispose();
            OnB.Dispose();
            Handler.Dispose();
            return ValueTask.CompletedTask;
        }
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

    // As the web tests' CasePage reads them: the revision the action forms carry, the error summary's text.
    private static string? Revision(string html) =>
        RevisionPattern().Match(html) is { Success: true } m ? m.Groups[1].Value : null;

    private static string ErrorSummary(string html) =>
        SummaryPattern().Match(html) is { Success: true } m ? WebUtility.HtmlDecode(Regex.Replace(m.Groups[1].Value, "<[^>]+>", " ")).Trim() : html;

    [GeneratedRegex("name=\"Revision\" value=\"(\\d+)\"")]
    private static partial Regex RevisionPattern();

    [GeneratedRegex("data-error-summary>(.*?)</div>", RegexOptions.Singleline)]
    private static partial Regex SummaryPattern();
}
