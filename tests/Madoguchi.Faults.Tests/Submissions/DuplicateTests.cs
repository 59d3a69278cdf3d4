using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;

using Madoguchi.Cluster.Tests.Support;
using Madoguchi.Faults.Tests.Support;
using Madoguchi.Web.Tests.Support;

using Microsoft.EntityFrameworkCore;

using Xunit.Abstractions;

namespace Madoguchi.Faults.Tests.Submissions;

/// <summary>
/// The 2020 給付金 lessons at scale, on a real node: a client that sends one request a hundred times
/// at once, and one person who applies a thousand times.
/// </summary>
public sealed class DuplicateTests(DuplicateTests.Nodes nodes, ITestOutputHelper output) : IClassFixture<DuplicateTests.Nodes>
{
    /// <summary>Claims per policy: a thousand duplicates in all, half to a procedure that blocks, half to one that flags.</summary>
    private const int Claims = 500;

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task One_key_sent_a_hundred_times_at_once_creates_one_application_and_every_answer_names_it(string provider)
    {
        var (installation, node) = await nodes.OnAsync(provider);
        using var client = Intake.Client(node.Url, connections: 100);
        var ledger = new Ledger();
        var entry = ledger.NewReport($"same-key-{Guid.NewGuid():N}");
        var go = new TaskCompletionSource();

        var sending = Enumerable.Range(0, 100).Select(async _ =>
        {
            await go.Task;
            return await SettleOnceAsync(client, entry);
        }).ToArray();
        go.SetResult();
        var answers = await Task.WhenAll(sending);

        var rows = await StoredApplications.LoadAsync(installation);
        Assert.All(answers, a => Assert.IsType<Outcome.Accepted>(a));
        var receipts = answers.Cast<Outcome.Accepted>().ToList();
        Assert.Single(receipts.Select(a => a.Receipt).Distinct());
        Assert.Single(receipts, a => !a.Replayed);
        var row = Assert.Single(rows);
        Assert.Equal(receipts[0].Receipt, row.ReceiptNumber);
        Assert.Equal(entry.AnswersHash, Reports.CanonicalHash(row.DataJson));
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task A_thousand_claims_by_one_person_are_each_blocked_or_flagged_never_silently_accepted(string provider)
    {
        var (installation, node) = await nodes.OnAsync(provider);
        using var client = Intake.Client(node.Url);

        // 児童手当 blocks a second claim with the same 個人番号 for 365 days; the other details differ each time.
        var blocked = await SubmitManyAsync(client, node, "jido-teate", i =>
        {
            var answers = DemoAnswers.For("jido-teate", "同一人物");
            answers["applicantPhone"] = Phone(i);
            return answers;
        });
        // 粗大ごみ flags (accepts, marks for staff) the same name and telephone within 14 days.
        var flagged = await SubmitManyAsync(client, node, "sodai-gomi", i =>
        {
            var answers = DemoAnswers.For("sodai-gomi", "同一人物");
            answers["email"] = $"claim{i}@example.jp";
            return answers;
        });

        var first = Assert.Single(blocked, r => r.Status == HttpStatusCode.Created);
        var firstReceipt = first.Body["receiptNumber"]!.GetValue<string>();
        Assert.All(blocked.Where(r => r != first), r =>
        {
            Assert.Equal(HttpStatusCode.Conflict, r.Status);
            Assert.Equal(firstReceipt, r.Body["earlierReceiptNumber"]?.GetValue<string>());
        });
        Assert.All(flagged, r => Assert.Equal(HttpStatusCode.Created, r.Status));
        var unflagged = Assert.Single(flagged, r => !r.Body["flaggedAsPossibleDuplicate"]!.GetValue<bool>());

        await using var db = installation.OpenDatabase();
        var stored = await db.Applications.AsNoTracking()
            .Where(a => a.Procedure.Code == "jido-teate" || a.Procedure.Code == "sodai-gomi")
            .Select(a => new { a.Procedure.Code, a.ReceiptNumber, a.PossibleDuplicateOf })
            .ToListAsync();
        var claims = Assert.Single(stored, a => a.Code == "jido-teate");
        Assert.Equal(firstReceipt, claims.ReceiptNumber);
        var collections = stored.Where(a => a.Code == "sodai-gomi").ToList();
        Assert.Equal(Claims, collections.Count);
        var original = Assert.Single(collections, a => a.PossibleDuplicateOf is null);
        Assert.Equal(unflagged.Body["receiptNumber"]!.GetValue<string>(), original.ReceiptNumber);
        // Each flag names another stored application of the same person (not always the first: a
        // claim's time is taken before it waits for the person's lock, so "earliest" can be a flagged one).
        var receipts = collections.Select(a => a.ReceiptNumber).ToHashSet(StringComparer.Ordinal);
        Assert.All(collections.Where(a => a.PossibleDuplicateOf is not null), a =>
        {
            Assert.Contains(a.PossibleDuplicateOf!, receipts);
            Assert.NotEqual(a.ReceiptNumber, a.PossibleDuplicateOf);
        });
        output.WriteLine($"{provider}: {Claims} claims to jido-teate → 1 accepted, {blocked.Count - 1} blocked naming it; " +
            $"{Claims} to sodai-gomi → {collections.Count} stored, {collections.Count - 1} flagged as duplicates");
    }

    private sealed record Answer(HttpStatusCode Status, JsonObject Body);

    /// <summary>Sends the request until it is answered for good: a clear refusal (busy, in flight) is retried.</summary>
    private static async Task<Outcome> SettleOnceAsync(HttpClient client, Ledger.Entry entry)
    {
        for (var attempt = 0; ; attempt++)
        {
            var outcome = await Intake.SubmitAsync(client, entry);
            if (outcome is Outcome.Accepted or Outcome.Wrong || attempt >= 50)
            {
                return outcome;
            }
            await Task.Delay(100);
        }
    }

    private static async Task<List<Answer>> SubmitManyAsync(HttpClient client, AppNode node, string procedure, Func<int, JsonObject> answersFor)
    {
        var answers = new ConcurrentBag<Answer>();
        await Parallel.ForEachAsync(Enumerable.Range(0, Claims), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, ct) =>
        {
            var key = $"{procedure}-claim-{i}";
            for (var attempt = 0; ; attempt++)
            {
                using var response = await client.SubmitAsync(procedure, answersFor(i), key);
                var body = await response.Content.ReadAsStringAsync(ct);
                Assert.True(response.StatusCode != HttpStatusCode.InternalServerError, $"{key}: {body}\n{node.Output}");
                if (!Intake.IsClearRefusal(response, body) || attempt >= 50)
                {
                    answers.Add(new Answer(response.StatusCode, JsonNode.Parse(body) as JsonObject ?? []));
                    return;
                }
                await Task.Delay(100, ct);
            }
        });
        return [.. answers];
    }

    private static string Phone(int i) => $"090-{i / 10000:0000}-{i % 10000:0000}";

    /// <summary>One node per database for the tests of this class (each test looks at its own procedures only).</summary>
    public sealed class Nodes : IAsyncLifetime
    {
        private readonly Dictionary<string, Task<(Installation Installation, AppNode Node)>> started = [];

        public Task<(Installation Installation, AppNode Node)> OnAsync(string provider)
        {
            lock (started)
            {
                if (!started.TryGetValue(provider, out var starting))
                {
                    started[provider] = starting = StartAsync(provider);
                }
                return starting;
            }
        }

        private static async Task<(Installation Installation, AppNode Node)> StartAsync(string provider)
        {
            var installation = Installation.Create(provider);
            return (installation, await installation.StartNodeAsync());
        }

        public Task InitializeAsync() => Task.CompletedTask;

        public async Task DisposeAsync()
        {
            foreach (var starting in started.Values)
            {
                var (installation, node) = await starting;
                await node.DisposeAsync();
                installation.Dispose();
            }
        }
    }
}
