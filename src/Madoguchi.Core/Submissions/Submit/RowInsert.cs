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
    private readonly Func<IReadOnlyList<string>, string> columnList;
    private (string Key, string Sql)? unlessTaken;

    private RowInsert(IProperty[] properties, string sql, Func<IReadOnlyList<string>, string> columnList)
    {
        this.properties = properties;
        this.sql = sql;
        this.columnList = columnList;
    }

    public static RowInsert<T> For(MadoguchiDb db) => ByModel.GetValue(db.Model, _ => Build(db));

    private static RowInsert<T> Build(MadoguchiDb db)
    {
        var entity = db.Model.FindEntityType(typeof(T))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var sqlHelper = db.GetService<ISqlGenerationHelper>();
        var properties = entity.GetProperties().ToArray();
        string Columns(IEnumerable<IProperty> of) => string.Join(", ", of.Select(p => sqlHelper.DelimitIdentifier(p.GetColumnName(table)!)));
        var values = string.Join(", ", properties.Select((_, i) => "@p" + i.ToString(CultureInfo.InvariantCulture)));
        return new RowInsert<T>(properties,
            $"INSERT INTO {sqlHelper.DelimitIdentifier(table.Name, table.Schema)} ({Columns(properties)}) VALUES ({values})",
            names => Columns(names.Select(n => entity.FindProperty(n) ?? throw new ArgumentException($"{typeof(T).Name} has no property {n}."))));
    }

    /// <summary>Inserts each row in the caller's transaction; <paramref name="describe"/> names a refused row in the error.</summary>
    public async Task InsertAsync(MadoguchiDb db, IEnumerable<T> rows, Func<T, string> describe, CancellationToken ct) =>
        await InsertAsync(db, sql, rows, describe, ct);

    /// <summary>
    /// As <see cref="InsertAsync(MadoguchiDb, IEnumerable{T}, Func{T, string}, CancellationToken)"/>,
    /// but a row whose <paramref name="uniqueKey"/> (the properties of a unique index) is already
    /// stored is left out instead of failing the statement; gives how many rows were left out.
    /// Any other refusal (another unique index) still throws.
    /// </summary>
    public async Task<int> InsertUnlessTakenAsync(
        MadoguchiDb db, IEnumerable<T> rows, IReadOnlyList<string> uniqueKey, Func<T, string> describe, CancellationToken ct)
    {
        var key = string.Join(",", uniqueKey);
        if (unlessTaken is not { } cached || cached.Key != key)
        {
            cached = (key, $"{sql} ON CONFLICT ({columnList(uniqueKey)}) DO NOTHING");
            unlessTaken = cached;
        }
        return await InsertAsync(db, cached.Sql, rows, describe, ct);
    }

    private async Task<int> InsertAsync(MadoguchiDb db, string text, IEnumerable<T> rows, Func<T, string> describe, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = text;
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        var skipped = 0;
        foreach (var row in rows)
        {
            command.Parameters.Clear();
            for (var i = 0; i < properties.Length; i++)
            {
                var mapping = (RelationalTypeMapping)properties[i].GetTypeMapping();
                var value = properties[i].GetGetter().GetClrValueUsingContainingEntity(row);
                command.Parameters.Add(mapping.CreateParameter(command, "@p" + i.ToString(CultureInfo.InvariantCulture), value, properties[i].IsNullable));
            }
            try
            {
                skipped += await command.ExecuteNonQueryAsync(ct) == 0 ? 1 : 0;
            }
            catch (DbException e)
            {
                // As EF reports it: a unique index (receipt number, idempotency key) refused this row.
                throw new DbUpdateException($"Inserting {describe(row)} failed: {e.Message}", e);
            }
        }
        return skipped;
    }
}
