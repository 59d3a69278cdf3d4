using System.Data.Common;

using Madoguchi.Core.Data;

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Madoguchi.Core.Submissions.Submit;

/// <summary>
/// Inserts new applications with one prepared statement reused for the whole batch, instead of
/// EF's change tracking and per-entity command building (the larger part of the writer's CPU).
/// The statement and every parameter's conversion come from EF's model of the provider in use,
/// so SQLite's ticks and text GUIDs and PostgreSQL's timestamptz and uuid stay exactly as EF writes them.
/// </summary>
internal sealed class ApplicationInsert
{
    private readonly IProperty[] properties;
    private readonly string sql;

    private ApplicationInsert(IProperty[] properties, string sql)
    {
        this.properties = properties;
        this.sql = sql;
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IModel, ApplicationInsert> ByModel = [];

    public static ApplicationInsert For(MadoguchiDb db) => ByModel.GetValue(db.Model, _ => Build(db));

    private static ApplicationInsert Build(MadoguchiDb db)
    {
        var entity = db.Model.FindEntityType(typeof(Application))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var sqlHelper = db.GetService<ISqlGenerationHelper>();
        var properties = entity.GetProperties().ToArray();
        var columns = string.Join(", ", properties.Select(p => sqlHelper.DelimitIdentifier(p.GetColumnName(table)!)));
        var values = string.Join(", ", properties.Select((_, i) => "@p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return new ApplicationInsert(properties,
            $"INSERT INTO {sqlHelper.DelimitIdentifier(table.Name, table.Schema)} ({columns}) VALUES ({values})");
    }

    public async Task InsertAsync(MadoguchiDb db, IEnumerable<Application> applications, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        foreach (var application in applications)
        {
            command.Parameters.Clear();
            for (var i = 0; i < properties.Length; i++)
            {
                var mapping = (RelationalTypeMapping)properties[i].GetTypeMapping();
                var value = properties[i].GetGetter().GetClrValueUsingContainingEntity(application);
                command.Parameters.Add(mapping.CreateParameter(command, "@p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), value, properties[i].IsNullable));
            }
            try
            {
                await command.ExecuteNonQueryAsync(ct);
            }
            catch (DbException e)
            {
                // As EF reports it: a unique index (receipt number, idempotency key) refused this row.
                throw new DbUpdateException($"Inserting application {application.ReceiptNumber} failed: {e.Message}", e);
            }
        }
    }
}
