using System.Text.Json.Nodes;

using Madoguchi.Forms.Definitions;

namespace Madoguchi.Forms.Fields;

/// <summary>Shared by text-like fields: checked, length-limited, stored exactly as typed.</summary>
internal static class TextValue
{
    public static FieldResult Normalize(JsonNode? raw, FormComponent c, bool multiline, int defaultMaxLength)
    {
        if (RawText.IsBlank(raw))
        {
            return FieldResult.Empty;
        }
        if (!RawText.TryGet(raw, c, out var text, out var failure))
        {
            return failure!;
        }
        var issue = TextChecks.Check(text, c, multiline, c.Settings.MinLength, c.Settings.MaxLength ?? defaultMaxLength);
        return issue is null ? FieldResult.Ok(JsonValue.Create(text)) : FieldResult.Fail([issue]);
    }
}
