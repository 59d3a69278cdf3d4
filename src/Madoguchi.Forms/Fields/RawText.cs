using System.Text.Json;
using System.Text.Json.Nodes;

using Madoguchi.Forms.Definitions;
using Madoguchi.Forms.Expressions;

namespace Madoguchi.Forms.Fields;

/// <summary>Reading answers that should be text: blank strings count as not answered.</summary>
internal static class RawText
{
    /// <summary>Hard cap before any per-character work, so a hostile 10 MB answer costs nothing.</summary>
    public const int MaxRawLength = 20_000;

    public static bool IsBlank(JsonNode? raw) =>
        raw is null
        || (JsonText.TryGetString(raw, out var text) && string.IsNullOrWhiteSpace(text))
        || (raw is JsonArray a && a.Count == 0);

    /// <summary>The string, or a wrong-type result when the answer is not a string.</summary>
    public static bool TryGet(JsonNode? raw, FormComponent c, out string text, out FieldResult? failure, string? subPath = null)
    {
        failure = null;
        if (!JsonText.IsString(raw))
        {
            text = "";
            failure = FieldResult.Fail("invalid_type", Messages.InvalidType(c), subPath);
            return false;
        }
        if (!JsonText.TryGetString(raw, out text))
        {
            failure = FieldResult.Fail("invalid_character", Messages.Of($"{Messages.Ja(c)}に不正な文字（対になっていないサロゲート）が含まれています", $"{Messages.En(c)} contains an invalid character (unpaired surrogate)"), subPath);
            return false;
        }
        if (text.Length <= MaxRawLength)
        {
            return true;
        }
        failure = FieldResult.Fail("too_long", Messages.TooLong(c, MaxRawLength), subPath);
        return false;
    }
}
