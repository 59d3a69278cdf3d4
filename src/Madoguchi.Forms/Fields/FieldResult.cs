using System.Text.Json.Nodes;

using Madoguchi.Forms.Definitions;

namespace Madoguchi.Forms.Fields;

/// <summary>A problem with one answer; SubPath names a part ("familyKana") of a composite value.</summary>
public sealed record FieldIssue(string Code, LocalizedText Message, string? SubPath = null);

/// <summary>Either a normalised value (null = not answered) or the issues that prevented it.</summary>
public sealed class FieldResult
{
    public static readonly FieldResult Empty = new(null, []);

    private FieldResult(JsonNode? value, IReadOnlyList<FieldIssue> issues)
    {
        Value = value;
        Issues = issues;
    }

    public JsonNode? Value { get; }
    public IReadOnlyList<FieldIssue> Issues { get; }
    public bool IsValid => Issues.Count == 0;

    public static FieldResult Ok(JsonNode? value) => value is null ? Empty : new(value, []);

    public static FieldResult Fail(string code, LocalizedText message, string? subPath = null) =>
        new(null, [new FieldIssue(code, message, subPath)]);

    public static FieldResult Fail(IReadOnlyList<FieldIssue> issues) => issues.Count == 0 ? Empty : new(null, issues);
}

/// <summary>What a field type may know about the request besides the answer.</summary>
public sealed record FieldContext(DateOnly Today);
