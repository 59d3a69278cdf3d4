using Madoguchi.Core.Data;
using Madoguchi.Core.Jobs;
using Madoguchi.Core.Submissions.Attachments;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Madoguchi.Core.Submissions.Drafts;

/// <summary>
/// Removes drafts past their expiry (and <see cref="GracePeriod"/>) and the files uploaded to them
/// that never became part of an application: residents were told the link lasts until then, and
/// nothing should be kept much longer. Files go first, rows after, so a run cut short leaves rows
/// to retry, never files no row points to.
/// </summary>
public sealed class PurgeExpiredDrafts : IBackgroundJob
{
    /// <summary>
    /// How long an expired draft is kept before it is deleted. The confirmation page refuses a draft
    /// once it has expired, but one it let through a moment before is linked by the writer a moment
    /// after; deleting the draft and its files in between would refuse a submission the resident was
    /// right to make, or leave it pointing at deleted files. An hour is far longer than any wait for
    /// the writer and covers clocks that differ a little between nodes.
    /// </summary>
    public static readonly TimeSpan GracePeriod = TimeSpan.FromHours(1);

    private const int BatchSize = 500;

    public string Name => "purge-expired-drafts";

    public TimeSpan Interval => TimeSpan.FromHours(1);

    /// <summary>Drafts that expired before this may be deleted by now, files first; the writer refuses them.</summary>
    public static DateTimeOffset PurgedBefore(DateTimeOffset now) => now - GracePeriod;

    public async Task<string> RunAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<MadoguchiDb>();
        var store = services.GetRequiredService<FileStore>();
        var cutoff = PurgedBefore(services.GetRequiredService<TimeProvider>().GetUtcNow());
        int drafts = 0, files = 0;
        while (true)
        {
            var expired = await db.Drafts.Where(d => d.ExpiresAt < cutoff)
                .OrderBy(d => d.ExpiresAt).Select(d => d.Id).Take(BatchSize).ToListAsync(ct);
            if (expired.Count == 0)
            {
                break;
            }
            var unused = await db.Attachments
                .Where(a => a.DraftId != null && expired.Contains(a.DraftId.Value) && a.ApplicationId == null)
                .Select(a => new { a.Id, a.StorageKey }).ToListAsync(ct);
            foreach (var file in unused)
            {
                await store.DeleteAsync(file.StorageKey, ct);
            }
            var ids = unused.Select(f => f.Id).ToList();
            files += await db.Attachments.Where(a => ids.Contains(a.Id)).ExecuteDeleteAsync(ct);
            drafts += await db.Drafts.Where(d => expired.Contains(d.Id)).ExecuteDeleteAsync(ct);
        }
        return $"drafts: {drafts}, files: {files}";
    }
}
