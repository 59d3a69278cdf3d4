using System.Diagnostics;
using System.Globalization;
using System.Text;

using Madoguchi.Core.Cases;
using Madoguchi.Core.Cases.Inbox;
using Madoguchi.Core.Data;
using Madoguchi.Core.Submissions;

using Microsoft.EntityFrameworkCore;

namespace Madoguchi.Bench.Inbox;

/// <summary>
/// Times the staff inbox (ListInbox, its public API, a fresh DbContext per query as a request has)
/// for each kind of search a clerk makes, and reports p50 / p95 / max.
/// </summary>
internal static class InboxTimings
{
    public static async Task<string> RunAsync(InboxDatabase database, int runs)
    {
        List<string> receipts;
        await using (var db = database.Open())
        {
            var visible = db.ApplicationsVisibleTo(database.ClerkId);
            receipts = await visible.OrderBy(a => a.Id).Take(runs).Select(a => a.ReceiptNumber).ToListAsync();
        }
        var random = new Random(1);
        var cursors = await DeepCursorsAsync(database, Math.Min(runs, 20));
        var searches = new (string Name, Func<int, InboxQuery> Query)[]
        {
            ("first page, newest first", _ => Query(database)),
            ("receipt number as typed (lower case, no hyphens)", i => Query(database) with { Receipt = receipts[i % receipts.Count].Replace("-", "", StringComparison.Ordinal).ToLowerInvariant() }),
            ("status filter: Received (~10 %)", _ => Query(database) with { Status = ApplicationStatus.Received }),
            ("status filter: AwaitingApproval (~3 %)", _ => Query(database) with { Status = ApplicationStatus.AwaitingApproval }),
            ("status filter: Withdrawn (~2 %)", _ => Query(database) with { Status = ApplicationStatus.Withdrawn }),
            ("keyset next page (pages 2–20)", i => Query(database) with { After = cursors[i % cursors.Count] }),
            ("keyset next page inside a status filter", i => Query(database) with { Status = ApplicationStatus.Received, After = cursors[random.Next(cursors.Count)] }),
        };
        var s = new StringBuilder();
        s.AppendLine(CultureInfo.InvariantCulture, $"| Search ({database.Provider}) | Runs | Rows on page | p50 ms | p95 ms | max ms |");
        s.AppendLine("|---|---:|---:|---:|---:|---:|");
        foreach (var (name, query) in searches)
        {
            await TimeAsync(database, query(0)); // plan and JIT
            var times = new double[runs];
            var rows = 0;
            for (var i = 0; i < runs; i++)
            {
                var started = Stopwatch.GetTimestamp();
                rows = await TimeAsync(database, query(i));
                times[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }
            Array.Sort(times);
            s.AppendLine(CultureInfo.InvariantCulture,
                $"| {name} | {runs} | {rows} | {times[runs / 2]:0.0} | {times[(int)Math.Ceiling(runs * 0.95) - 1]:0.0} | {times[^1]:0.0} |");
        }
        return s.ToString();
    }

    private static InboxQuery Query(InboxDatabase database) => new(database.ClerkId, null, null, null);

    private static async Task<int> TimeAsync(InboxDatabase database, InboxQuery query)
    {
        await using var db = database.Open();
        return (await new ListInbox(db).HandleAsync(query)).Rows.Count;
    }

    private static async Task<List<string>> DeepCursorsAsync(InboxDatabase database, int pages)
    {
        var cursors = new List<string>();
        string? after = null;
        for (var i = 0; i < pages; i++)
        {
            await using var db = database.Open();
            var page = await new ListInbox(db).HandleAsync(Query(database) with { After = after });
            if (page.Next is null)
            {
                break;
            }
            cursors.Add(after = page.Next);
        }
        return cursors;
    }
}
