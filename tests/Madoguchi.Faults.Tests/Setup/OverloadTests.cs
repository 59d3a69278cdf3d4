using System.Net;

using Madoguchi.Faults.Tests.Support;

using Xunit.Abstractions;

namespace Madoguchi.Faults.Tests.Setup;

/// <summary>
/// Far more residents at once than a node can serve: the surplus is refused at once with 503 and
/// Retry-After (the global concurrency limit in Setup/RequestLimits.cs) instead of queuing until
/// clients time out; health probes still answer; what was accepted is stored, what was refused is not.
/// </summary>
public sealed class OverloadTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_burst_beyond_the_limit_is_refused_with_503_and_retry_after_while_probes_still_answer()
    {
        using var installation = Installation.Create("Sqlite");
        await using var node = await installation.StartNodeAsync(("Overload:MaxConcurrentRequests", "2"), ("Overload:MaxQueuedRequests", "2"));
        var (outcomes, ledger, probes, pages) = await BurstAsync(node.Url, requests: 300, connections: 300);
        using var client = Intake.Client(node.Url);
        var afterwards = ledger.NewReport("after-the-crowd");
        var served = await Intake.SubmitAsync(client, afterwards);

        Assert.Empty(outcomes.OfType<Outcome.Wrong>());
        Assert.Empty(outcomes.OfType<Outcome.Unreachable>());
        Assert.Contains(outcomes, o => o is Outcome.Refused);
        var accepted = Assert.IsType<Outcome.Accepted>(served); // refusing is not a state the node stays in
        ledger.Acknowledge(afterwards, accepted.Receipt, accepted.Replayed);
        Assert.All(probes, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.All(pages, page => Assert.True(
            page.Status == HttpStatusCode.OK || page.Status == HttpStatusCode.ServiceUnavailable && page.RetryAfter && page.Html.Contains("ただいま混み合っています", StringComparison.Ordinal),
            $"{page.Status}: {Intake.Shorten(page.Html)}"));
        var rows = await StoredApplications.LoadAsync(installation);
        var acknowledged = ledger.Entries.Where(e => e.Receipt is not null).ToList();
        Assert.Empty(StoredApplications.Check(rows, acknowledged));
        Assert.Equal(acknowledged.Count, rows.Count); // nothing refused was stored
        output.WriteLine($"limit 2 + 2 queued, 300 at once: {acknowledged.Count - 2} accepted, {outcomes.Count(o => o is Outcome.Refused)} refused with 503");
    }

    [Fact]
    public async Task Far_beyond_capacity_with_the_default_limits_every_request_is_answered_and_memory_stays_bounded()
    {
        using var installation = Installation.Create("Sqlite");
        await using var node = await installation.StartNodeAsync();
        var before = node.PeakResidentBytes();
        var (outcomes, ledger, probes, _) = await BurstAsync(node.Url, requests: 3000, connections: 1000);
        var peak = node.PeakResidentBytes();

        Assert.Empty(outcomes.OfType<Outcome.Wrong>());
        Assert.Empty(outcomes.OfType<Outcome.Unreachable>()); // none waited until the client gave up
        Assert.Contains(outcomes, o => o is Outcome.Accepted);
        Assert.All(probes, status => Assert.Equal(HttpStatusCode.OK, status));
        // Generous: a node that queued everything would hold every body and connection; this one holds at most the limit.
        Assert.True(peak < 1024L * 1024 * 1024, $"peak resident memory {peak / 1048576} MB");
        var rows = await StoredApplications.LoadAsync(installation);
        Assert.Equal(ledger.Acknowledged, rows.Count);
        output.WriteLine($"default limits, 3000 requests on 1000 connections: {ledger.Acknowledged - 1} accepted, " +
            $"{outcomes.Count(o => o is Outcome.Refused)} refused with 503; peak RSS {before / 1048576} MB after start-up, {peak / 1048576} MB after the burst");
    }

    private sealed record PageAnswer(HttpStatusCode Status, bool RetryAfter, string Html);

    /// <summary>Every request starts at once (one connection each, up to <paramref name="connections"/>); probes and a page run beside them.</summary>
    private static async Task<(List<Outcome> Outcomes, Ledger Ledger, List<HttpStatusCode> Probes, List<PageAnswer> Pages)> BurstAsync(
        Uri node, int requests, int connections)
    {
        using var client = Intake.Client(node, connections);
        using var side = new HttpClient { BaseAddress = node, Timeout = TimeSpan.FromSeconds(60) };
        var ledger = new Ledger();
        // One of each first, so that the burst meets a warm node rather than its first-request compilation.
        await Intake.SettleAsync(client, ledger, ledger.NewReport("warm-up"), CancellationToken.None);
        (await side.GetAsync($"/procedures/{Reports.Procedure}")).Dispose();
        var go = new TaskCompletionSource();
        var submissions = Enumerable.Range(0, requests).Select(async n =>
        {
            var entry = ledger.NewReport($"crowd-{n}");
            await go.Task;
            var outcome = await Intake.SubmitAsync(client, entry);
            if (outcome is Outcome.Accepted accepted)
            {
                ledger.Acknowledge(entry, accepted.Receipt, accepted.Replayed);
            }
            return outcome;
        }).ToArray();
        var probes = Enumerable.Range(0, 10).Select(async _ =>
        {
            await go.Task;
            using var response = await side.GetAsync("/healthz/ready");
            return response.StatusCode;
        }).ToArray();
        var pages = Enumerable.Range(0, 10).Select(async _ =>
        {
            await go.Task;
            using var response = await side.GetAsync($"/procedures/{Reports.Procedure}");
            return new PageAnswer(response.StatusCode, response.Headers.RetryAfter is not null, await response.Content.ReadAsStringAsync());
        }).ToArray();
        go.SetResult();
        return ([.. await Task.WhenAll(submissions)], ledger, [.. await Task.WhenAll(probes)], [.. await Task.WhenAll(pages)]);
    }
}
