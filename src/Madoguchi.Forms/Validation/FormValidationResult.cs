using System.Text.Json.Nodes;

using Madoguchi.Forms.Definitions;

namespace Madoguchi.Forms.Validation;

/// <summary>One error at a data path ("copies", "items[1].size", "name.familyKana") with a stable code.</summary>
public sealed record FieldError(string Path, string Code, LocalizedText Message);

public sealed record FormValidationResult(
    IReadOnlyList<FieldError> Errors,
    JsonObject Data,
    long? FeeYen)
{
    public bool IsValid => Errors.Count == 0;
}

/// <summary>PageKey null = the whole form (at 確認 and in the API); Today feeds ["today"] and date limits.</summary>
public sealed record ValidationOptions(DateOnly Today, string? PageKey = null);
