using System.Text.Json;
using System.Text.Json.Nodes;

using Madoguchi.Forms.Expressions;

namespace Madoguchi.Forms.Fields;

/// <summary>true/false from JSON, or the strings HTML forms and people send ("on", "はい", …).</summary>
internal static class BooleanInput
{
    public static bool? Read(JsonNode? raw)
    {
        if (raw is not JsonValue v)
        {
            return null;
        }
        switch (v.GetValueKind())
        {
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            case JsonValueKind.String when JsonText.TryGetString(v, out var text):
                return text.Trim().ToLowerInvariant() switch
                {
                    "true" or "on" or "yes" or "1" or "はい" => true,
                    "false" or "off" or "no" or "0" or "いいえ" => false,
                    _ => null,
                };
            default:
                return null;
        }
    }
}
