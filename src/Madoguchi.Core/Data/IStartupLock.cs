namespace Madoguchi.Core.Data;

/// <summary>
/// Lets one node at a time migrate and seed the database at start-up. EF's own migration lock
/// on PostgreSQL lasts one migration's transaction, so two nodes starting together could both
/// apply the next migration; this lock covers the whole start-up instead.
/// </summary>
public interface IStartupLock
{
    /// <summary>Holds the lock until the returned handle is disposed.</summary>
    Task<IAsyncDisposable> AcquireAsync(MadoguchiDb db, CancellationToken ct = default);
}
