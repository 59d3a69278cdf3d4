using Madoguchi.Core.Data;

namespace Madoguchi.Core.Submissions.Submit;

/// <summary>
/// Makes "look for an earlier duplicate, then insert" one atomic step. Each database provider
/// brings its own: an in-process lock where there is one node and one writer (SQLite), a lock in
/// the database where several nodes write (PostgreSQL).
/// </summary>
public interface ISubmissionLock
{
    /// <summary>Runs <paramref name="work"/> holding the lock; what it saves is committed before the lock is released.</summary>
    Task<T> RunAsync<T>(MadoguchiDb db, int procedureId, string? fingerprint, Func<Task<T>> work, CancellationToken ct);
}
