using System.Collections.Concurrent;

using Madoguchi.Core.Data;
using Madoguchi.Forms.Definitions;
using Madoguchi.Forms.Validation;

using Microsoft.EntityFrameworkCore;

namespace Madoguchi.Core.Procedures;

/// <summary>A procedure with the form version residents answer now, compiled once.</summary>
public sealed record PublishedProcedure(Procedure Procedure, FormVersion Version, CompiledForm Form);

/// <summary>
/// Finds published procedures and keeps each form version compiled in memory. Versions never
/// change, so a cached version or compilation can never be stale, on any node. Which version a
/// procedure publishes can change: that answer is kept for <see cref="PublishedFormsCache.MaxAge"/>.
/// Almost every call is answered from memory, so a database context is made only for a miss.
/// </summary>
public sealed class PublishedForms(IDbContextFactory<MadoguchiDb> contexts, PublishedFormsCache cache)
{
    private static readonly ConcurrentDictionary<string, CompiledForm> Compiled = new(StringComparer.Ordinal);

    public async Task<PublishedProcedure?> FindAsync(string code, CancellationToken ct = default)
    {
        if (string.IsNullOrEmpty(code) || code.Length > 60)
        {
            return null;
        }
        if (cache.Find(code) is { } cached)
        {
            return cached;
        }
        await using var db = await contexts.CreateDbContextAsync(ct);
        var procedure = await db.Procedures.AsNoTracking()
            .Include(p => p.Department)
            .Include(p => p.PublishedVersion)
            .FirstOrDefaultAsync(p => p.Code == code, ct);
        if (procedure?.PublishedVersion is not { } version)
        {
            return null; // unknown codes are not remembered: a client cannot fill the memory with them
        }
        var published = new PublishedProcedure(procedure, version, Compile(version));
        cache.Keep(code, published);
        return published;
    }

    public async Task<(FormVersion Version, CompiledForm Form)> GetVersionAsync(int versionId, CancellationToken ct = default)
    {
        if (cache.Version(versionId) is not { } version)
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            version = cache.Keep(await db.FormVersions.AsNoTracking().FirstAsync(v => v.Id == versionId, ct));
        }
        return (version, Compile(version));
    }

    public static CompiledForm Compile(FormVersion version) =>
        Compiled.GetOrAdd(version.Sha256 + ":" + version.Id, _ =>
        {
            var parsed = FormDefinitionParser.Parse(version.DefinitionJson);
            return parsed.Definition is { } definition
                ? new CompiledForm(definition)
                : throw new InvalidOperationException(
                    $"Stored form version {version.Id} no longer parses: {string.Join("; ", parsed.Problems.Select(p => p.Path + " " + p.Message))}");
        });
}
