using System.Globalization;
using System.Text;

using Madoguchi.Core.Data;
using Madoguchi.Core.Submissions;
using Madoguchi.Core.Submissions.Receipts;
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

    private static readonly string[] Families = ["佐藤:サトウ", "鈴木:スズキ", "高橋:タカハシ", "田中:タナカ", "伊藤:イトウ", "渡辺:ワタナベ", "山本:ヤマモト", "中村:ナカムラ", "小林:コバヤシ", "加藤:カトウ", "吉田:ヨシダ", "山田:ヤマダ", "佐々木:ササキ", "山口:ヤマグチ", "松本:マツモト", "井上:イノウエ"];
    private static readonly string[] Givens = ["太郎:タロウ", "花子:ハナコ", "一郎:イチロウ", "美咲:ミサキ", "翔太:ショウタ", "陽菜:ヒナ", "大輔:ダイスケ", "結衣:ユイ", "健太:ケンタ", "さくら:サクラ"];

    public static async Task InsertAsync(MadoguchiDb db, int count, (int Id, int VersionId)[] procedures)
    {
        var entity = db.Model.FindEntityType(typeof(Application))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        var properties = entity.GetProperties().ToArray();
        var head = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", properties.Select(p => sql.DelimitIdentifier(p.GetColumnName(table)!)))}) VALUES ";
        var sqlite = db.Database.ProviderName == "Microsoft.EntityFrameworkCore.Sqlite";
        var rowsPerStatement = sqlite ? 1 : 400;
        var random = new Random(20261127);
        // Eight random base-32 characters collide about once in a million numbers (the birthday bound);
        // the intake draws again on a collision, and so does the seeder.
        var receipts = new HashSet<string>(count, StringComparer.Ordinal);
        var end = DateTimeOffset.UtcNow;
        var span = TimeSpan.FromDays(730).Ticks;
        await db.Database.OpenConnectionAsync();
        var connection = db.Database.GetDbConnection();
        System.Data.Common.DbCommand? single = null;
        for (var done = 0; done < count;)
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            for (var inTransaction = 0; inTransaction < RowsPerTransaction && done < count;)
            {
                var rows = Math.Min(rowsPerStatement, count - done);
                var command = sqlite ? single ??= connection.CreateCommand() : connection.CreateCommand();
                command.Parameters.Clear();
                command.Transaction = transaction.GetDbTransaction();
                var text = new StringBuilder(head);
                for (var r = 0; r < rows; r++)
                {
                    var application = Next(random, procedures, end.AddTicks(-(long)(random.NextDouble() * span)));
                    while (!receipts.Add(application.ReceiptNumber))
                    {
                        application.ReceiptNumber = ReceiptNumber.NewNumber();
                    }
                    text.Append(r == 0 ? "(" : ", (");
                    for (var c = 0; c < properties.Length; c++)
                    {
                        var name = "@p" + (r * properties.Length + c).ToString(CultureInfo.InvariantCulture);
                        var mapping = (RelationalTypeMapping)properties[c].GetTypeMapping();
                        command.Parameters.Add(mapping.CreateParameter(command, name,
                            properties[c].GetGetter().GetClrValueUsingContainingEntity(application), properties[c].IsNullable));
                        text.Append(c == 0 ? "" : ", ").Append(name);
                    }
                    text.Append(')');
                }
                var commandText = text.ToString();
                if (command.CommandText != commandText)
                {
                    command.CommandText = commandText; // unchanged on SQLite, so its prepared statement is reused
                }
                await command.ExecuteNonQueryAsync();
                if (!sqlite)
                {
                    await command.DisposeAsync();
                }
                done += rows;
                inTransaction += rows;
            }
            await transaction.CommitAsync();
        }
        if (single is not null)
        {
            await single.DisposeAsync();
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
        return new Application
        {
            Id = Guid.NewGuid(),
            ReceiptNumber = ReceiptNumber.NewNumber(),
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
    }
}
