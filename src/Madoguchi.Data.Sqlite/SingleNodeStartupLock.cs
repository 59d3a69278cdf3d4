using Madoguchi.Core.Data;

namespace Madoguchi.Data.Sqlite;

/// <summary>SQLite serves one node, which starts once: there is nobody to wait for.</summary>
internal sealed class SingleNodeStartupLock : IStartupLock, IAsyncDisposable
{
    public Task<IAsyncDisposable> AcquireAsync(MadoguchiDb db, CancellationToken ct = default) =>
        Task.FromResult<IAsyncDisposable>(this);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
