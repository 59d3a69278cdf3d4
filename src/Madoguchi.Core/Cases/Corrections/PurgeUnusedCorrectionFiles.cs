using Madoguchi.Core.Data;
using Madoguchi.Core.Jobs;
using Madoguchi.Core.Submissions;
using Madoguchi.Core.Submissions.Attachments;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Madoguchi.Core.Cases.Corrections;

/// <summary>
/// Removes files a resident uploaded while answering a correction request but that never became
/// part of the application: removed again before sending, or left behind when the request was
/// cancelled or the application withdrawn. They may be identity documents; nothing keeps them.
/// Files go first, rows after, as in <see cref="Submissions.Drafts.PurgeExpiredDrafts"/>.
/// </summary>
public sealed class PurgeUnusedCorrectionFiles : IBackgroundJob
{
    private const int BatchSize = 500;

    public string Name => "purge-unused-correction-files";

    public TimeSpan Interval => TimeSpan.FromHours(1);

    public async Task<string> RunAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<MadoguchiDb>();
        var store = services.GetRequiredService<FileStore>();
        var files = 0;
        while (true)
        {
            // A request still open (and its case still 補正待ち) may yet use its files.
            var unused = await db.Attachments
                .Where(a => a.CorrectionRequestId != null && a.ApplicationId == null
                    && !db.CorrectionRequests.Any(r => r.Id == a.CorrectionRequestId && r.State == CorrectionState.Open
                        && db.Applications.Any(x => x.Id == r.ApplicationId && x.Status == ApplicationStatus.CorrectionRequested)))
                .OrderBy(a => a.Id).Select(a => new { a.Id, a.StorageKey }).Take(BatchSize).ToListAsync(ct);
            if (unused.Count == 0)
            {
                break;
            }
            foreach (var file in unused)
            {
                await store.DeleteAsync(file.StorageKey, ct);
            }
            var ids = unused.Select(f => f.Id).ToList();
            files += await db.Attachments.Where(a => ids.Contains(a.Id)).ExecuteDeleteAsync(ct);
        }
        return $"files: {files}";
    }
}
