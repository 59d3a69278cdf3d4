using Madoguchi.Core.Cases.Inbox;
using Madoguchi.Core.Data;
using Madoguchi.Core.Submissions;
using Madoguchi.Core.Submissions.Receipts;
using Madoguchi.Data.Sqlite;

using Microsoft.EntityFrameworkCore;

namespace Madoguchi.Web.Tests.Staff;

/// <summary>
/// The inbox's searches stay fast with a million cases only while the database walks an index in the
/// page's order and stops when the page is full (bench/Madoguchi.Bench.Inbox, docs/benchmarks.md).
/// SQLite plans a query the same way every time without statistics, as on a fresh installation
/// (nothing runs ANALYZE), so the plan itself can be checked: a change to the query or the indexes
/// that brings back a scan and sort of the whole department fails here, not in a city's office.
/// PostgreSQL plans from statistics of real data; its plans are measured by the benchmark only.
/// </summary>
public sealed class InboxQueryPlanTests : IDisposable
{
    private readonly string file = Path.Combine(Path.GetTempPath(), $"madoguchi-plan-{Guid.NewGuid():N}.db");
    private readonly MadoguchiDb db;

    public InboxQueryPlanTests()
    {
        var options = new DbContextOptionsBuilder<MadoguchiDb>();
        SqliteSetup.Configure(options, $"Data Source={file}");
        db = new MadoguchiDb(options.Options);
        db.Database.Migrate();
    }

    private string Plan(InboxFilter filter, string? after = null)
    {
        var sql = new ListInbox(db, new ReceiptNumbers(new byte[32])).PageQuery(new InboxQuery("some-staff-id", filter, after, new DateOnly(2026, 11, 28))).ToQueryString();
        using var command = db.Database.GetDbConnection().CreateCommand();
        // ToQueryString declares the parameters as ".param set" lines; EXPLAIN needs them bound instead.
        var lines = sql.Split('\n');
        foreach (var line in lines.Where(l => l.StartsWith(".param set ", StringComparison.Ordinal)))
        {
            var parts = line[".param set ".Length..].Split(' ', 2);
            var parameter = command.CreateParameter();
            parameter.ParameterName = parts[0];
            parameter.Value = parts[1].Trim().Trim('\'');
            command.Parameters.Add(parameter);
        }
        command.CommandText = "EXPLAIN QUERY PLAN " + string.Join('\n', lines.Where(l => !l.StartsWith(".param set ", StringComparison.Ordinal)));
        db.Database.OpenConnection();
        using var reader = command.ExecuteReader();
        var plan = new List<string>();
        while (reader.Read())
        {
            plan.Add(reader.GetString(3));
        }
        return string.Join('\n', plan);
    }

    [Fact]
    public void A_name_search_walks_the_name_terms_index_in_page_order()
    {
        var plan = Plan(new InboxFilter { ApplicantNameKey = "タカハシ" });

        Assert.Contains("IX_ApplicantNameTerms_Term_SubmittedAt_ApplicationId (Term=?", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("TEMP B-TREE FOR ORDER BY", plan, StringComparison.Ordinal);
    }

    [Fact]
    public void A_status_filter_walks_the_status_index_in_page_order()
    {
        var plan = Plan(new InboxFilter { Status = ApplicationStatus.Received });

        Assert.Contains("IX_Applications_Status_SubmittedAt_Id (Status=?", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("TEMP B-TREE FOR ORDER BY", plan, StringComparison.Ordinal);
    }

    [Fact]
    public void The_first_page_and_the_next_walk_the_newest_first_index()
    {
        var first = Plan(InboxFilter.None);
        var next = Plan(InboxFilter.None, $"{DateTimeOffset.UtcNow.UtcTicks}_{Guid.NewGuid():N}");

        Assert.All([first, next], plan =>
        {
            Assert.Contains("IX_Applications_SubmittedAt_Id", plan, StringComparison.Ordinal);
            Assert.DoesNotContain("TEMP B-TREE FOR ORDER BY", plan, StringComparison.Ordinal);
        });
    }

    public void Dispose()
    {
        db.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var path in new[] { file, file + "-wal", file + "-shm" })
        {
            File.Delete(path);
        }
    }
}
