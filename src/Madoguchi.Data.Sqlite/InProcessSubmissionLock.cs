using Madoguchi.Core.Data;
using Madoguchi.Core.Submissions.Submit;

namespace Madoguchi.Data.Sqlite;

/// <summary>
/// SQLite has one writer and Madoguchi one node on it; a lock in the process is enough. It is
/// static, as before the provider split, so apps sharing a file inside one process (tests) share it.
/// </summary>
internal sealed class InProcessSubmissionLock : ISubmissionLock
{
    private static readonly SemaphoreSlim Gate = new(1, 1);

    public async Task<T> RunAsync<T>(MadoguchiDb db, IReadOnlyCollection<DuplicateKey> keys, Func<Task<T>> work, CancellationToken ct)
    {
        await Gate.WaitAsync(ct);
        try
        {
            return await work();
        }
        finally
        {
            Gate.Release();
        }
    }
}
