using System.Text.Json;
using System.Text.Json.Nodes;

using Madoguchi.Forms.Definitions;

namespace Madoguchi.Forms.Fields;

/// <summary>Reading answers that should be text: blank strings count as not answered.</summary>
internal static class RawText
{
    /// <summary>Hard cap before any per-character work, so a hostile 10 MB answer costs nothing.</summary>
    public const int MaxRawLength = 20_000;

    public static bool IsBlank(JsonNode? raw) =>
        raw is null
        || (raw is JsonValue v && v.GetValueKind() == JsonValueKind.String && string.IsNullOrWhiteSpace(v.GetValue<string>()))
        || (raw is JsonArray a && a.Count == 0);

    /// <summary>The string, or a wrong-type result when the answer is not a string.</summary>
    public static bool TryGet(JsonNode? raw, FormComponent c, out string text, out FieldResult? failure, string? subPath = null)
    {
        text = "";
        failure = null;
        if (raw is JsonValue v && v.GetValueKind() == JsonValueKind.String)
        {
            text = v.GetValue<string>();
            if (text.Length <= MaxRawLength)
            {
                return true;
            }
            failure = FieldResult.Fail("too_long", Messages.TooLong(c, MaxRawLength), subPath);
            return false;
        }
        failure = FieldResult.Fail("invalid_type", Messages.InvalidType(c), subPath);
        return false;
    }
}
