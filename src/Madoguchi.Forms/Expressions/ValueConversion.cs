using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Madoguchi.Forms.Expressions;

/// <summary>Between JSON answers and expression values; numbers become decimals, never doubles.</summary>
internal static class ValueConversion
{
    public static ExpressionValue FromNode(JsonNode? node)
    {
        switch (node)
        {
            case null:
                return ExpressionValue.Null;
            case JsonArray array:
                return ExpressionValue.FromArray(array);
            case JsonObject obj:
                return ExpressionValue.FromObject(obj);
            case JsonValue value:
                return FromValue(value);
            default:
                return ExpressionValue.Null;
        }
    }

    private static ExpressionValue FromValue(JsonValue value)
    {
        switch (value.GetValueKind())
        {
            case JsonValueKind.String:
                return JsonText.TryGetString(value, out var text) ? ExpressionValue.FromString(text) : ExpressionValue.Null;
            case JsonValueKind.True:
                return ExpressionValue.True;
            case JsonValueKind.False:
                return ExpressionValue.False;
            case JsonValueKind.Number:
                return ToNumber(value);
            default:
                return ExpressionValue.Null;
        }
    }

    /// <summary>
    /// Answers parsed from JSON and values the engine stores are decimal-backed (the fast path);
    /// any other CLR number a caller put in a JsonValue is read through its JSON text.
    /// </summary>
    private static ExpressionValue ToNumber(JsonValue value)
    {
        if (value.TryGetValue(out decimal d))
        {
            return ExpressionValue.FromNumber(d);
        }
        return decimal.TryParse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out d)
            ? ExpressionValue.FromNumber(d)
            : ExpressionValue.Null;
    }

    public static JsonNode? ToNode(ExpressionValue value)
    {
        switch (value.Kind)
        {
            case ValueKind.Boolean:
                return JsonValue.Create(value.IsTrue);
            case ValueKind.Number:
                return JsonValue.Create(value.Number);
            case ValueKind.Text:
                return JsonValue.Create(value.Text);
            case ValueKind.Record:
                return value.Record!.DeepClone();
            case ValueKind.List:
                var array = new JsonArray();
                for (var i = 0; i < value.Count; i++)
                {
                    array.Add(value.ItemAt(i).ToNode());
                }
                return array;
            default:
                return null;
        }
    }
}
