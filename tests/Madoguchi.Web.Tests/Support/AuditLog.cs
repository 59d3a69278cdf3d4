using Madoguchi.Core.Audit;
using Madoguchi.Core.Audit.Verify;
using Madoguchi.Core.Data;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Madoguchi.Web.Tests.Support;

/// <summary>Reads, writes and tampers with an app's audit log directly in its database.</summary>
public static class AuditLog
{
    public static async Task<T> WithDbAsync<T>(this MadoguchiApp app, Func<MadoguchiDb, Task<T>> work)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<MadoguchiDb>());
    }

    public static Task<AuditVerification> VerifyAuditAsync(this MadoguchiApp app, AuditAnchor? anchor = null) =>
        app.WithDbAsync(db => new VerifyAuditLog(db).HandleAsync(anchor));

    /// <summary>Records <paramref name="count"/> system entries, each saved on its own.</summary>
    public static async Task RecordAsync(this MadoguchiApp app, int count, string action = "test.entry")
    {
        var trail = app.Services.GetRequiredService<AuditTrail>();
        for (var i = 0; i < count; i++)
        {
            await app.WithDbAsync(async db =>
            {
                await trail.RecordNowAsync(db, AuditActor.System, action, $"target-{i}", AuditTrail.Details(new { i }));
                return 0;
            });
        }
    }

    public static Task<List<AuditEntry>> EntriesAsync(this MadoguchiApp app) =>
        app.WithDbAsync(db => db.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).ToListAsync());

    /// <summary>Runs SQL as written (EF would read braces in JSON values as parameter placeholders).</summary>
    public static Task<int> SqlAsync(this MadoguchiApp app, string sql) =>
        app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(sql.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal)));

    /// <summary>What someone with the table owner's rights would do first.</summary>
    public static Task<int> DropAuditTriggersAsync(this MadoguchiApp app) => app.SqlAsync(TestDatabase.UsePostgres
        ? """
          DROP TRIGGER audit_entries_append_only ON "AuditEntries";
          DROP TRIGGER audit_entries_no_truncate ON "AuditEntries";
          DROP TRIGGER audit_head_forward_only ON "AuditHead";
          DROP TRIGGER audit_head_no_delete ON "AuditHead";
          """
        : """
          DROP TRIGGER audit_entries_no_update;
          DROP TRIGGER audit_entries_no_delete;
          DROP TRIGGER audit_head_forward_only;
          DROP TRIGGER audit_head_no_delete;
          """);
}
