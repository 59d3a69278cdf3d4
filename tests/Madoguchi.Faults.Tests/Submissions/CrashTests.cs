using Madoguchi.Cluster.Tests.Support;
using Madoguchi.Faults.Tests.Support;

using Xunit.Abstractions;

namespace Madoguchi.Faults.Tests.Submissions;

/// <summary>
/// The node is killed with SIGKILL at random moments while residents submit, and started again on
/// the same database. Whatever a client was told is the truth: every receipt it received is
/// stored with the answers it sent, a retry with the same key gets the same receipt, and nothing
/// is stored twice or stored without a client knowing.
/// </summary>
public sealed class CrashTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task Every_receipt_acknowledged_before_a_SIGKILL_is_stored_once_with_the_answers_sent(string provider)
    {
        using var installation = Installation.Create(provider);
        await using var node = await installation.StartNodeAsync();
        var random = new Random(FaultRun.Seed);
        var ledger = new Ledger();
        using var client = Intake.Client(node.Url);
        using var stopSending = new CancellationTokenSource();
        using var giveUp = new CancellationTokenSource();
        var clients = Enumerable.Range(0, FaultRun.Clients).Select(c => Task.Run(async () =>
        {
            for (var n = 0; !stopSending.IsCancellationRequested; n++)
            {
                await Intake.SettleAsync(client, ledger, ledger.NewReport($"crash-{c}-{n}"), giveUp.Token);
            }
        })).ToArray();

        for (var kill = 1; kill <= FaultRun.Kills; kill++)
        {
            await Load.WaitForAcknowledgedAsync(ledger, ledger.Acknowledged + random.Next(20, 200), node);
            await Task.Delay(random.Next(0, 40));
            var inFlight = ledger.Entries.Count(e => e.Receipt is null);
            node.Kill();
            output.WriteLine($"kill {kill}: {ledger.Acknowledged} acknowledged so far, {inFlight} in flight");
            await node.RestartAsync();
            await Load.ReplaySomeAsync(client, ledger, random, 20);
        }
        await Load.WaitForAcknowledgedAsync(ledger, ledger.Acknowledged + 50, node);
        await stopSending.CancelAsync();
        giveUp.CancelAfter(TimeSpan.FromMinutes(2));
        await Task.WhenAll(clients);
        node.Kill(); // the state checked is the one a crash leaves, not a clean shutdown's

        var rows = await StoredApplications.LoadAsync(installation);
        output.WriteLine($"{provider}, seed {FaultRun.Seed}: {FaultRun.Kills} kills, {ledger.Entries.Count} reports sent by {FaultRun.Clients} clients, " +
            $"{ledger.Acknowledged} acknowledged, {ledger.RecoveredReplays} retried after a kill and found already stored, {rows.Count} stored");
        Assert.True(ledger.Problems.Count == 0, $"{string.Join("\n", ledger.Problems.Take(10))}\nNode:\n{node.Output}");
        Assert.All(ledger.Entries, e => Assert.NotNull(e.Receipt));
        Assert.Empty(StoredApplications.Check(rows, ledger.Entries));
        Assert.Equal(ledger.Entries.Count, rows.Count); // nothing stored that no client knows of
        Assert.Equal("ok", await installation.IntegrityCheckAsync());
    }
}
