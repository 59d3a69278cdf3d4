using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;

using Madoguchi.Core.Data;

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Madoguchi.Core.Submissions.Submit;

/// <summary>
/// Inserts new rows (applications, their name terms) with one prepared statement reused for the whole
/// batch, instead of EF's change tracking and per-entity command building (the larger part of the
/// writer's CPU). The statement and every parameter's conversion come from EF's model of the provider
/// in use, so SQLite's ticks and text GUIDs and PostgreSQL's timestamptz and uuid stay exactly as EF writes them.
/// </summary>
internal sealed class RowInsert<T>
    where T : class
{
    private static readonly ConditionalWeakTable<IModel, RowInsert<T>> ByModel = [];

    private readonly IProperty[] properties;
    private readonly string sql;

    private RowInsert(IProperty[] properties, string sql)
    {
        this.properties = properties;
        this.sql = sql;
    }

    public static RowInsert<T> For(MadoguchiDb db) => ByModel.GetValue(db.Model, _ => Build(db));

    private static RowInsert<T> Build(MadoguchiDb db)
    {
        var entity = db.Model.FindEntityType(typeof(T))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var sqlHelper = db.GetService<ISqlGenerationHelper>();
        var properties = entity.GetProperties().ToArray();
        var columns = string.Join(", ", properties.Select(p => sqlHelper.DelimitIdentifier(p.GetColumnName(table)!)));
        var values = string.Join(", ", properties.Select((_, i) => "@p" + i.ToString(CultureInfo.InvariantCulture)));
        return new RowInsert<T>(properties,
            $"INSERT INTO {sqlHelper.DelimitIdentifier(table.Name, table.Schema)} ({columns}) VALUES ({values})");
    }

    /// <summary>Inserts each row in the caller's transaction; <paramref name="describe"/> names a refused row in the error.</summary>
    public async Task InsertAsync(MadoguchiDb db, IEnumerable<T> rows, Func<T, string> describe, CancellationToken ct) =>
        await InsertAsync(db, sql, rows, describe, ct);

    /// <summary>
    /// As <see cref="InsertAsync(MadoguchiDb, IEnumerable{T}, Func{T, string}, CancellationToken)"/>,
    /// but a row that a unique index already holds is left out instead of failing the statement
    /// (`ON CONFLICT DO NOTHING`, the same on SQLite and PostgreSQL); gives how many were left out.
    /// </summary>
    public async Task<int> InsertUnlessTakenAsync(MadoguchiDb db, IEnumerable<T> rows, Func<T, string> describe, CancellationToken ct) =>
        await InsertAsync(db, sql + " ON CONFLICT DO NOTHING", rows, describe, ct);

    private async Task<int> InsertAsync(MadoguchiDb db, string text, IEnumerable<T> rows, Func<T, string> describe, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        // PostgreSQL: one round trip for the whole batch instead of one per row, which set the pace of
        // its intake (docs/benchmarks.md, "On PostgreSQL"). SQLite has no round trips and no batches;
        // it reuses one prepared statement.
        return connection.CanCreateBatch
            ? await InsertInOneRoundTripAsync(connection, transaction, text, [.. rows], describe, ct)
            : await InsertOneByOneAsync(connection, transaction, text, rows, describe, ct);
    }

    private async Task<int> InsertOneByOneAsync(
        DbConnection connection, DbTransaction? transaction, string text, IEnumerable<T> rows, Func<T, string> describe, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = text;
        command.Transaction = transaction;
        var skipped = 0;
        foreach (var row in rows)
        {
            command.Parameters.Clear();
            AddParameters(command, command.Parameters, row);
            try
            {
                skipped += await command.ExecuteNonQueryAsync(ct) == 0 ? 1 : 0;
            }
            catch (DbException e)
            {
                throw Refused(describe(row), e);
            }
        }
        return skipped;
    }

    private async Task<int> InsertInOneRoundTripAsync(
        DbConnection connection, DbTransaction? transaction, string text, List<T> rows, Func<T, string> describe, CancellationToken ct)
    {
        if (rows.Count == 0)
        {
            return 0;
        }
        await using var batch = connection.CreateBatch();
        batch.Transaction = transaction;
        // EF's type mappings make parameters through a command; they are then added to the batch's commands.
        await using var maker = connection.CreateCommand();
        foreach (var row in rows)
        {
            var insert = batch.CreateBatchCommand();
            insert.CommandText = text;
            AddParameters(maker, insert.Parameters, row);
            batch.BatchCommands.Add(insert);
        }
        try
        {
            await batch.ExecuteNonQueryAsync(ct);
        }
        catch (DbException e)
        {
            var failed = e.BatchCommand is { } command ? batch.BatchCommands.IndexOf(command) : -1;
            throw Refused(failed >= 0 ? describe(rows[failed]) : $"one of {rows.Count} rows", e);
        }
        return batch.BatchCommands.Count(c => c.RecordsAffected == 0);
    }

    private void AddParameters(DbCommand maker, DbParameterCollection parameters, T row)
    {
        for (var i = 0; i < properties.Length; i++)
        {
            var mapping = (RelationalTypeMapping)properties[i].GetTypeMapping();
            var value = properties[i].GetGetter().GetClrValueUsingContainingEntity(row);
            parameters.Add(mapping.CreateParameter(maker, "@p" + i.ToString(CultureInfo.InvariantCulture), value, properties[i].IsNullable));
        }
    }

    // As EF reports it: a unique index (receipt number, idempotency key) refused this row.
    private static DbUpdateException Refused(string row, DbException e) => new($"Inserting {row} failed: {e.Message}", e);
}
