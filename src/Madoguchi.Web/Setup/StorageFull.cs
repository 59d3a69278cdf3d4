using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Data.Sqlite;

namespace Madoguchi.Web.Setup;

/// <summary>
/// A full disk (the SQLite file's, the uploads' or PostgreSQL's) refuses with 503 and Retry-After, never a 500:
/// the write failed as a whole (SQLite rolls the transaction back; a file is written under a
/// temporary name first), so nothing was stored and the same request can simply be sent again.
/// Nothing is remembered as broken: intake resumes by itself once space is freed.
/// </summary>
internal sealed class StorageFull(IProblemDetailsService problems, ILogger<StorageFull> log) : IExceptionHandler
{
    private const int SqliteFull = 13;   // SQLITE_FULL
    private const int SqliteIoErr = 10;  // SQLITE_IOERR: a write or fsync the disk refused
    private const int NoSpace = 28;      // ENOSPC
    private const int QuotaExceeded = 122; // EDQUOT

    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (!IsStorageFull(exception))
        {
            return false;
        }
        log.LogError("Storage full or not writable, answering 503: {Message}", exception.GetBaseException().Message);
        await ServiceUnavailable.StorageFull.WriteAsync(context, problems);
        return true;
    }

    private static bool IsStorageFull(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            // .NET on Unix puts the errno into HResult of the IOException it raises.
            // PostgreSQL's disk_full (53100) comes from the database server's own disk.
            if (e is SqliteException { SqliteErrorCode: SqliteFull or SqliteIoErr } or IOException { HResult: NoSpace or QuotaExceeded }
                or System.Data.Common.DbException { SqlState: "53100" })
            {
                return true;
            }
        }
        return false;
    }
}
