using System.Diagnostics;
using System.Net;

using Madoguchi.Faults.Tests.Support;

using Xunit.Abstractions;

namespace Madoguchi.Faults.Tests.Setup;

/// <summary>
/// Issue 5's connection resilience, with a real restart: PostgreSQL is restarted (cleanly, then as
/// a crash) under a running node while residents submit. Requests in flight succeed or get a clear
/// 503 with Retry-After; nothing acknowledged is lost; the node serves again by itself, unrestarted.
/// </summary>
public sealed class DatabaseRestartTests(ITestOutputHelper output)
{
    [Fact]
    public async Task While_PostgreSQL_restarts_under_load_requests_succeed_or_get_503_nothing_acknowledged_is_lost_and_the_node_recovers()
    {
        await using var server = await PostgresServer.StartAsync();
        using var installation = Installation.Create("Postgres", postgresConnectionString: server.ConnectionString("madoguchi"));
        await using var node = await installation.StartNodeAsync();
        var ledger = new Ledger();
        using var client = Intake.Client(node.Url);
        using var stopSending = new CancellationTokenSource();
        using var giveUp = new CancellationTokenSource();
        var clients = Enumerable.Range(0, FaultRun.Clients).Select(c => Task.Run(async () =>
        {
            for (var n = 0; !stopSending.IsCancellationRequested; n++)
            {
                await Intake.SettleAsync(client, ledger, ledger.NewReport($"restart-{c}-{n}"), giveUp.Token);
            }
        })).ToArray();

        await Load.WaitForAcknowledgedAsync(ledger, 30, node);
        foreach (var mode in new[] { "fast", "immediate" })
        {
            var refusedBefore = ledger.Refused;
            await server.RestartAsync(mode);
            // Serving again, by itself: the clients get receipts once more from the same, unrestarted process.
            await Load.WaitForAcknowledgedAsync(ledger, ledger.Acknowledged + 50, node);
            output.WriteLine($"pg_ctl restart -m {mode}: {ledger.Refused - refusedBefore} requests refused with 503 meanwhile, then served again");
        }
        await stopSending.CancelAsync();
        giveUp.CancelAfter(TimeSpan.FromMinutes(2));
        await Task.WhenAll(clients);
        var ready = await ReadinessAsync(node.Url);

        var rows = await StoredApplications.LoadAsync(installation);
        output.WriteLine($"{ledger.Entries.Count} reports, {ledger.Acknowledged} acknowledged, {ledger.Refused} refusals retried, " +
            $"{ledger.RecoveredReplays} retried and found already stored, {rows.Count} stored");
        Assert.True(ledger.Problems.Count == 0, $"{string.Join("\n", ledger.Problems.Take(10))}\nNode:\n{node.Output}");
        Assert.Equal(0, ledger.Unreachable); // the node itself never failed a request
        Assert.True(ledger.Refused > 0, "The restarts went unnoticed: no request was refused, so none was in flight.");
        Assert.Equal(HttpStatusCode.OK, ready);
        Assert.All(ledger.Entries, e => Assert.NotNull(e.Receipt));
        Assert.Empty(StoredApplications.Check(rows, ledger.Entries));
        Assert.Equal(ledger.Entries.Count, rows.Count);
        Assert.Equal("ok", await installation.IntegrityCheckAsync());
    }

    private static async Task<HttpStatusCode> ReadinessAsync(Uri node)
    {
        using var probe = new HttpClient { BaseAddress = node, Timeout = TimeSpan.FromSeconds(10) };
        var clock = Stopwatch.StartNew();
        while (true)
        {
            using var response = await probe.GetAsync("/healthz/ready");
            if (response.StatusCode == HttpStatusCode.OK || clock.Elapsed > TimeSpan.FromMinutes(1))
            {
                return response.StatusCode;
            }
            await Task.Delay(200);
        }
    }
}
