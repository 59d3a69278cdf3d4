using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

using Madoguchi.Forms.Definitions;
using Madoguchi.Forms.Fields;

namespace Madoguchi.Forms.Tests.Fields;

/// <summary>Runs one field type on one raw answer, outside any form.</summary>
internal static class Harness
{
    public static readonly FieldContext Context = new(new DateOnly(2025, 11, 27));

    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static FormComponent Component(string type, FieldSettings? settings = null, string[]? choices = null, int? minItems = null, int? maxItems = null) => new()
    {
        Key = "item",
        Type = type,
        Label = new LocalizedText("項目", "Item"),
        Settings = settings ?? FieldSettings.Empty,
        Choices = [.. (choices ?? []).Select(c => new FormChoice(c, new LocalizedText(c)))],
        MinItems = minItems,
        MaxItems = maxItems,
    };

    public static FieldResult Run(string type, JsonNode? raw, FieldSettings? settings = null, string[]? choices = null, int? minItems = null, int? maxItems = null) =>
        FieldTypes.Default.Get(type).Normalize(raw, Component(type, settings, choices, minItems, maxItems), Context);

    public static FieldResult RunJson(string type, string rawJson, FieldSettings? settings = null) => Run(type, JsonNode.Parse(rawJson), settings);

    public static string Ok(FieldResult result)
    {
        Assert.True(result.IsValid, string.Join("; ", result.Issues.Select(i => $"{i.Code} {i.Message.Ja}")));
        return result.Value?.ToJsonString(Readable) ?? "null";
    }

    public static string Code(FieldResult result)
    {
        Assert.False(result.IsValid);
        return result.Issues[0].Code;
    }
}
