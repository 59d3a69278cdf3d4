using Madoguchi.Core.Data;
using Madoguchi.Core.Submissions.Submit;

namespace Madoguchi.Data.Sqlite;

/// <summary>SQLite has one writer and Madoguchi one node on it; a lock in the process is enough.</summary>
internal sealed class InProcessSubmissionLock : ISubmissionLock, IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);

    public async Task<T> RunAsync<T>(MadoguchiDb db, int procedureId, string? fingerprint, Func<Task<T>> work, CancellationToken ct)
    {
        await gate.WaitAsync(ct);
        try
        {
            return await work();
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose() => gate.Dispose();
}
