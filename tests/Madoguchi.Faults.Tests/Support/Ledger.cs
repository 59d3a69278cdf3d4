using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace Madoguchi.Faults.Tests.Support;

/// <summary>
/// What the clients know: every report sent (its key and answers) and the 受付番号 it was
/// acknowledged with, plus anything a client saw that must never happen (a 500, two receipts for
/// one key). The database is later held to this record.
/// </summary>
public sealed class Ledger
{
    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> problems = new();
    private int acknowledged;
    private int refused;
    private int unreachable;

    public IReadOnlyCollection<Entry> Entries => (IReadOnlyCollection<Entry>)entries.Values;

    public IReadOnlyCollection<string> Problems => problems;

    public int Acknowledged => Volatile.Read(ref acknowledged);

    /// <summary>Answers that said "not now" (503, Retry-After); the client sent the same request again.</summary>
    public int Refused => Volatile.Read(ref refused);

    /// <summary>Requests that got no HTTP answer at all (node down, connection cut, client timeout).</summary>
    public int Unreachable => Volatile.Read(ref unreachable);

    /// <summary>Requests retried after a failure that turned out to be stored already (answered as a replay).</summary>
    public int RecoveredReplays => entries.Values.Count(e => e.Attempts > 1 && e.Replayed);

    public Entry NewReport(string key)
    {
        var entry = new Entry(key, Reports.For(key));
        return entries.TryAdd(key, entry) ? entry : throw new InvalidOperationException($"Key {key} used twice by the test.");
    }

    public void Acknowledge(Entry entry, string receipt, bool replayed)
    {
        lock (entry)
        {
            if (entry.Receipt is null)
            {
                entry.Receipt = receipt;
                entry.Replayed = replayed;
                Interlocked.Increment(ref acknowledged);
            }
            else if (entry.Receipt != receipt)
            {
                Problem($"Key {entry.Key} was acknowledged twice with different receipts: {entry.Receipt} and {receipt}.");
            }
        }
    }

    public void Problem(string what) => problems.Enqueue(what);

    public void Count(Outcome outcome)
    {
        if (outcome is Outcome.Refused)
        {
            Interlocked.Increment(ref refused);
        }
        else if (outcome is Outcome.Unreachable)
        {
            Interlocked.Increment(ref unreachable);
        }
    }

    public sealed class Entry(string key, JsonObject answers)
    {
        public string Key { get; } = key;
        public JsonObject Answers { get; } = answers;
        public string AnswersHash { get; } = Reports.CanonicalHash(answers);
        public string? Receipt { get; set; }
        public bool Replayed { get; set; }
        public int Attempts { get; set; }
    }
}
