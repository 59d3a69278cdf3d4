namespace Madoguchi.Core.Procedures;

/// <summary>
/// One published version of a procedure's form. Never changed after it is saved: every
/// application points at the exact version it answered (MadoguchiDb refuses updates).
/// </summary>
public sealed class FormVersion
{
    public int Id { get; set; }
    public int ProcedureId { get; set; }
    public int Version { get; set; }
    public required string DefinitionJson { get; set; }

    /// <summary>SHA-256 of DefinitionJson, hex, so exports can prove which text was answered.</summary>
    public required string Sha256 { get; set; }

    public DateTimeOffset PublishedAt { get; set; }
}
