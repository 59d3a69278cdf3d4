using Madoguchi.Core.Data;

namespace Madoguchi.Core.Submissions.Submit;

/// <summary>One person's claim on a procedure: the pair the duplicate check looks for.</summary>
public readonly record struct DuplicateKey(int ProcedureId, string Fingerprint);

/// <summary>
/// Makes "look for an earlier duplicate, then insert" one atomic step for a whole batch of
/// submissions. Each database provider brings its own: an in-process lock where there is one node
/// and one writer (SQLite), locks in the database where several nodes write (PostgreSQL).
/// </summary>
public interface ISubmissionLock
{
    /// <summary>
    /// Runs <paramref name="work"/> holding the lock for every key; what it saves is committed
    /// before the lock is released.
    /// </summary>
    Task<T> RunAsync<T>(MadoguchiDb db, IReadOnlyCollection<DuplicateKey> keys, Func<Task<T>> work, CancellationToken ct);
}
