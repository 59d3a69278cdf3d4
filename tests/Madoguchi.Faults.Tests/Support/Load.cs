using System.Diagnostics;

using Madoguchi.Cluster.Tests.Support;

namespace Madoguchi.Faults.Tests.Support;

/// <summary>Pacing a fault test by what the clients have achieved, never by the clock.</summary>
public static class Load
{
    /// <summary>Waits until the clients hold <paramref name="target"/> receipts (generous limit, only against hanging).</summary>
    public static async Task WaitForAcknowledgedAsync(Ledger ledger, int target, AppNode node)
    {
        var clock = Stopwatch.StartNew();
        while (ledger.Acknowledged < target)
        {
            if (clock.Elapsed > TimeSpan.FromMinutes(3))
            {
                throw new TimeoutException(
                    $"The clients reached {ledger.Acknowledged} of {target} receipts. Problems: {string.Join('\n', ledger.Problems.Take(5))}\nNode:\n{node.Output}");
            }
            await Task.Delay(20);
        }
    }

    /// <summary>Sends some acknowledged reports again with their keys: each must be answered as a replay of the same receipt.</summary>
    public static async Task ReplaySomeAsync(HttpClient client, Ledger ledger, Random random, int count)
    {
        var acknowledged = ledger.Entries.Where(e => e.Receipt is not null).ToArray();
        foreach (var entry in random.GetItems(acknowledged, Math.Min(count, acknowledged.Length)))
        {
            var outcome = await Intake.SubmitAsync(client, entry);
            if (outcome is not Outcome.Accepted { Replayed: true } replay || replay.Receipt != entry.Receipt)
            {
                ledger.Problem($"Key {entry.Key}, acknowledged as {entry.Receipt}, sent again after a restart: {outcome}.");
            }
        }
    }
}
