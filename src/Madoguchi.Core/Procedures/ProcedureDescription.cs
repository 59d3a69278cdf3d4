using System.Text.Json;

using Madoguchi.Forms.Definitions;

namespace Madoguchi.Core.Procedures;

/// <summary>The texts of a procedure page: what it is, what you need, the fee.</summary>
public sealed record ProcedureDescription(
    LocalizedText Summary,
    IReadOnlyList<LocalizedText> WhatYouNeed,
    LocalizedText? FeeDescription)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static ProcedureDescription Parse(string json) =>
        JsonSerializer.Deserialize<ProcedureDescription>(json, Json)
        ?? throw new InvalidOperationException("Empty procedure description.");

    public string ToJson() => JsonSerializer.Serialize(this, Json);
}
