using System.Globalization;
using System.Text;

using Madoguchi.Core.Data;
using Madoguchi.Core.Submissions;
using Madoguchi.Core.Submissions.Receipts;
using Madoguchi.Core.Submissions.Submit;
using Madoguchi.Japanese.Text;

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Madoguchi.Bench.Inbox;

/// <summary>
/// Inserts many applications quickly, 50,000 rows per transaction: on SQLite one single-row statement
/// prepared once and executed per row (in process, preparing is the costly part); on PostgreSQL
/// multi-row INSERTs of 400 rows, to save round trips.
/// Columns and value conversions come from EF's model, so the rows are exactly what the app writes.
/// Deterministic (seeded random): the same N gives the same data on both databases.
/// </summary>
internal static class BulkApplications
{
    private const int RowsPerTransaction = 50_000;

    /// <summary>受付番号 from sequence numbers 1, 2, 3… as the intake makes them; a bench needs no secret key.</summary>
    public static readonly ReceiptNumbers Numbers = new(new byte[32]);

    private static readonly string[] Families = ["佐藤:サトウ", "鈴木:スズキ", "高橋:タカハシ", "田中:タナカ", "伊藤:イトウ", "渡辺:ワタナベ", "山本:ヤマモト", "中村:ナカムラ", "小林:コバヤシ", "加藤:カトウ", "吉田:ヨシダ", "山田:ヤマダ", "佐々木:ササキ", "山口:ヤマグチ", "松本:マツモト", "井上:イノウエ"];
    private static readonly string[] Givens = ["太郎:タロウ", "花子:ハナコ", "一郎:イチロウ", "美咲:ミサキ", "翔太:ショウタ", "陽菜:ヒナ", "大輔:ダイスケ", "結衣:ユイ", "健太:ケンタ", "さくら:サクラ"];

    public static async Task InsertAsync(MadoguchiDb db, int count, (int Id, int VersionId)[] procedures)
    {
        var sqlite = db.Database.ProviderName == "Microsoft.EntityFrameworkCore.Sqlite";
        var applications = new Rows<Application>(db, sqlite ? 1 : 400);
        // Six or fewer terms per application: more rows per statement, within PostgreSQL's 65,535 parameters.
        var terms = new Rows<ApplicantNameTerm>(db, sqlite ? 1 : 2000);
        var random = new Random(20261127);
        var end = DateTimeOffset.UtcNow;
        var span = TimeSpan.FromDays(730).Ticks;
        await db.Database.OpenConnectionAsync();
        for (var done = 0; done < count;)
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var batch = new List<Application>(RowsPerTransaction);
            for (; batch.Count < RowsPerTransaction && done < count; done++)
            {
                var application = Next(random, procedures, end.AddTicks(-(long)(random.NextDouble() * span)));
                application.ReceiptSequence = done + 1;
                application.ReceiptNumber = Numbers.For(done + 1);
                batch.Add(application);
            }
            await applications.InsertAsync(batch, transaction.GetDbTransaction());
            await terms.InsertAsync([.. batch.SelectMany(a => a.NameTerms)], transaction.GetDbTransaction());
            await transaction.CommitAsync();
        }
        await applications.DisposeAsync();
        await terms.DisposeAsync();
    }

    /// <summary>
    /// Inserts rows of one entity type, <c>rowsPerStatement</c> to a statement; with one row per statement the
    /// command (and SQLite's prepared statement) is reused for every row.
    /// </summary>
    private sealed class Rows<T>(MadoguchiDb db, int rowsPerStatement) : IAsyncDisposable
        where T : class
    {
        private readonly IProperty[] properties = db.Model.FindEntityType(typeof(T))!.GetProperties().ToArray();
        private readonly string head = Head(db);
        private System.Data.Common.DbCommand? single;

        private static string Head(MadoguchiDb db)
        {
            var entity = db.Model.FindEntityType(typeof(T))!;
            var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
            var sql = db.GetService<ISqlGenerationHelper>();
            var columns = string.Join(", ", entity.GetProperties().Select(p => sql.DelimitIdentifier(p.GetColumnName(table)!)));
            return $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({columns}) VALUES ";
        }

        public async Task InsertAsync(List<T> rows, System.Data.Common.DbTransaction transaction)
        {
            var connection = db.Database.GetDbConnection();
            for (var at = 0; at < rows.Count; at += rowsPerStatement)
            {
                var count = Math.Min(rowsPerStatement, rows.Count - at);
                var command = rowsPerStatement == 1 ? single ??= connection.CreateCommand() : connection.CreateCommand();
                command.Parameters.Clear();
                command.Transaction = transaction;
                var text = new StringBuilder(head);
                for (var r = 0; r < count; r++)
                {
                    text.Append(r == 0 ? "(" : ", (");
                    for (var c = 0; c < properties.Length; c++)
                    {
                        var name = "@p" + (r * properties.Length + c).ToString(CultureInfo.InvariantCulture);
                        var mapping = (RelationalTypeMapping)properties[c].GetTypeMapping();
                        command.Parameters.Add(mapping.CreateParameter(command, name,
                            properties[c].GetGetter().GetClrValueUsingContainingEntity(rows[at + r]), properties[c].IsNullable));
                        text.Append(c == 0 ? "" : ", ").Append(name);
                    }
                    text.Append(')');
                }
                var commandText = text.ToString();
                if (command.CommandText != commandText)
                {
                    command.CommandText = commandText; // unchanged with one row a statement, so the prepared statement is reused
                }
                await command.ExecuteNonQueryAsync();
                if (command != single)
                {
                    await command.DisposeAsync();
                }
            }
        }

        public async ValueTask DisposeAsync()
        {
            if (single is not null)
            {
                await single.DisposeAsync();
            }
        }
    }

    // Status mix of a year-old installation: most cases finished, a tenth open, a few withdrawn.
    private static ApplicationStatus Status(Random random) => random.Next(100) switch
    {
        < 70 => ApplicationStatus.Completed,
        < 75 => ApplicationStatus.Rejected,
        < 77 => ApplicationStatus.Withdrawn,
        < 87 => ApplicationStatus.Received,
        < 94 => ApplicationStatus.UnderReview,
        < 97 => ApplicationStatus.CorrectionRequested,
        _ => ApplicationStatus.AwaitingApproval,
    };

    private static Application Next(Random random, (int Id, int VersionId)[] procedures, DateTimeOffset at)
    {
        var (procedureId, versionId) = procedures[random.Next(procedures.Length)];
        var family = Families[random.Next(Families.Length)].Split(':');
        var given = Givens[random.Next(Givens.Length)].Split(':');
        var kanji = $"{family[0]} {given[0]}";
        var kana = $"{family[1]} {given[1]}";
        var application = new Application
        {
            Id = Guid.NewGuid(),
            ReceiptNumber = "", // numbered by the caller
            ProcedureId = procedureId,
            FormVersionId = versionId,
            DataJson = $$"""{"applicantName":{"family":"{{family[0]}}","given":"{{given[0]}}","familyKana":"{{family[1]}}","givenKana":"{{given[1]}}"},"phone":"0744-22-4001"}""",
            SubmittedAt = at,
            DueOn = DateOnly.FromDateTime(at.UtcDateTime.AddDays(14)),
            Status = Status(random),
            Channel = SubmissionChannel.Api,
            IdempotencyKey = Guid.NewGuid().ToString(),
            RequestHash = "0",
            ApplicantName = $"{kanji}（{kana}）",
            ApplicantNameKey = $"{SearchKey.For(kanji)} {SearchKey.For(kana)}",
        };
        // The terms the intake writes (ApplicantNames.Terms), so the name search is measured on the same rows.
        application.NameTerms = [.. ApplicantNames.Terms(family[0], given[0], family[1], given[1])
            .Select(t => new ApplicantNameTerm { ApplicationId = application.Id, Term = t, SubmittedAt = at })];
        return application;
    }
}
