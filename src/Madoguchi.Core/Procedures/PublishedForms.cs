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
/// change, so a cached compilation can never be stale, on any node.
/// </summary>
public sealed class PublishedForms(MadoguchiDb db)
{
    private static readonly ConcurrentDictionary<string, CompiledForm> Compiled = new(StringComparer.Ordinal);

    public async Task<PublishedProcedure?> FindAsync(string code, CancellationToken ct = default)
    {
        if (string.IsNullOrEmpty(code) || code.Length > 60)
        {
            return null;
        }
        var procedure = await db.Procedures.AsNoTracking()
            .Include(p => p.Department)
            .Include(p => p.PublishedVersion)
            .FirstOrDefaultAsync(p => p.Code == code, ct);
        return procedure?.PublishedVersion is { } version ? new(procedure, version, Compile(version)) : null;
    }

    public async Task<(FormVersion Version, CompiledForm Form)> GetVersionAsync(int versionId, CancellationToken ct = default)
    {
        var version = await db.FormVersions.AsNoTracking().FirstAsync(v => v.Id == versionId, ct);
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
