using System.Diagnostics;
using System.Globalization;
using System.Text;

using Madoguchi.Core.Cases;
using Madoguchi.Core.Cases.Inbox;
using Madoguchi.Core.Data;
using Madoguchi.Core.Submissions;
using Madoguchi.Japanese.Text;

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
        var yearAgo = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-365);
        var searches = new (string Name, Func<int, InboxQuery> Query)[]
        {
            ("first page, newest first", _ => Query(database, InboxFilter.None)),
            ("receipt number", i => Query(database, new() { ReceiptNumber = receipts[i % receipts.Count] })),
            ("status: Received (~10 %)", _ => Query(database, new() { Status = ApplicationStatus.Received })),
            ("status: AwaitingApproval (~3 %)", _ => Query(database, new() { Status = ApplicationStatus.AwaitingApproval })),
            ("status: Withdrawn (~2 %)", _ => Query(database, new() { Status = ApplicationStatus.Withdrawn })),
            ("kana name, common (タカハシ, 1 in 16)", _ => Query(database, new() { ApplicantNameKey = SearchKey.For("タカハシ") })),
            ("kana name, rare (ササキ ハナコ, 1 in 160)", _ => Query(database, new() { ApplicantNameKey = SearchKey.For("ササキハナコ") })),
            ("date range: one week a year ago", _ => Query(database, new() { SubmittedFrom = yearAgo, SubmittedTo = yearAgo.AddDays(6) })),
            ("keyset next page (pages 2–20)", i => Query(database, InboxFilter.None, cursors[i % cursors.Count])),
            ("keyset next page inside a status filter", i => Query(database, new() { Status = ApplicationStatus.Received }, cursors[random.Next(cursors.Count)])),
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
            var line = string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {runs} | {rows} | {times[runs / 2]:0.0} | {times[(int)Math.Ceiling(runs * 0.95) - 1]:0.0} | {times[^1]:0.0} |");
            Console.Error.WriteLine(line); // as it goes: a slow search is visible before the table
            s.AppendLine(line);
        }
        return s.ToString();
    }

    private static InboxQuery Query(InboxDatabase database, InboxFilter filter, string? after = null) =>
        new(database.ClerkId, filter, after, DateOnly.FromDateTime(DateTime.UtcNow));

    private static async Task<int> TimeAsync(InboxDatabase database, InboxQuery query)
    {
        await using var db = database.Open();
        return (await new ListInbox(db, BulkApplications.Numbers).HandleAsync(query)).Rows.Count;
    }

    private static async Task<List<string>> DeepCursorsAsync(InboxDatabase database, int pages)
    {
        var cursors = new List<string>();
        string? after = null;
        for (var i = 0; i < pages; i++)
        {
            await using var db = database.Open();
            var page = await new ListInbox(db, BulkApplications.Numbers).HandleAsync(Query(database, InboxFilter.None, after));
            if (page.Next is null)
            {
                break;
            }
            cursors.Add(after = page.Next);
        }
        return cursors;
    }
}
