using System.Data.Common;

using Madoguchi.Core.Data;
using Madoguchi.Web.Tests.Support;

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;

namespace Madoguchi.Web.Tests.Setup;

/// <summary>
/// The migrated database has every table and column of the model. "No pending model changes" compares
/// the model with the snapshot only; a migration that drops what another branch added still passes it.
/// </summary>
public sealed class MigratedSchemaTests(MadoguchiApp app) : IClassFixture<MadoguchiApp>
{
    [Fact]
    public async Task Every_table_and_column_of_the_model_exists_after_migrating()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MadoguchiDb>();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        var missing = new List<string>();
        try
        {
            foreach (var table in db.Model.GetEntityTypes().Where(e => e.GetTableName() is not null).GroupBy(e => e.GetTableName()!))
            {
                var columns = await ColumnsAsync(connection, table.Key);
                if (columns is null)
                {
                    missing.Add(table.Key);
                    continue;
                }
                var store = StoreObjectIdentifier.Table(table.Key, table.First().GetSchema());
                missing.AddRange(table.SelectMany(e => e.GetProperties())
                    .Select(p => p.GetColumnName(store))
                    .Where(c => c is not null && !columns.Contains(c))
                    .Select(c => $"{table.Key}.{c}"));
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        Assert.Empty(missing);
    }

    private static async Task<HashSet<string>?> ColumnsAsync(DbConnection connection, string table)
    {
        await using var command = connection.CreateCommand();
        // The name comes from our own model, not from input.
#pragma warning disable CA2100
        command.CommandText = $"SELECT * FROM \"{table}\" WHERE 1 = 0";
#pragma warning restore CA2100
        try
        {
            await using var reader = await command.ExecuteReaderAsync();
            return [.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetName)];
        }
        catch (DbException)
        {
            return null;
        }
    }
}
