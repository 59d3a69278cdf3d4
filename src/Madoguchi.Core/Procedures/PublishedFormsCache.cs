using System.Collections.Concurrent;

namespace Madoguchi.Core.Procedures;

/// <summary>
/// What <see cref="PublishedForms"/> remembers, per installation (one per app: form version ids
/// belong to one database). Form versions are immutable and kept for good. A procedure's published
/// version is kept for <see cref="MaxAge"/>: publishing on this node calls <see cref="Forget"/>,
/// and every other node sees the new version within that time, without a query per request.
/// </summary>
public sealed class PublishedFormsCache
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(5);

    private readonly ConcurrentDictionary<string, (PublishedProcedure Published, long LoadedAt)> procedures = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<int, FormVersion> versions = new();

    public PublishedProcedure? Find(string code) =>
        procedures.TryGetValue(code, out var entry) && Environment.TickCount64 - entry.LoadedAt < MaxAge.TotalMilliseconds
            ? entry.Published
            : null;

    public void Keep(string code, PublishedProcedure published)
    {
        procedures[code] = (published, Environment.TickCount64);
        Keep(published.Version);
    }

    public FormVersion? Version(int id) => versions.GetValueOrDefault(id);

    public FormVersion Keep(FormVersion version) => versions.GetOrAdd(version.Id, version);

    /// <summary>Called when a procedure publishes another version or changes, so this node answers with it at once.</summary>
    public void Forget(string code) => procedures.TryRemove(code, out _);
}
