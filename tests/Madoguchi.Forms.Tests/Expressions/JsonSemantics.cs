using System.Text.Json;
using System.Text.Json.Nodes;

namespace Madoguchi.Forms.Tests.Expressions;

/// <summary>JSON equality where numbers compare by decimal value (3 equals 3.00).</summary>
internal static class JsonSemantics
{
    public static bool Equal(JsonNode? a, JsonNode? b)
    {
        if (a is null || b is null)
        {
            return a is null && b is null;
        }
        if (a is JsonValue va && b is JsonValue vb && va.GetValueKind() == JsonValueKind.Number && vb.GetValueKind() == JsonValueKind.Number)
        {
            return va.GetValue<decimal>() == vb.GetValue<decimal>();
        }
        if (a is JsonArray aa && b is JsonArray ab)
        {
            return aa.Count == ab.Count && aa.Zip(ab).All(p => Equal(p.First, p.Second));
        }
        if (a is JsonObject oa && b is JsonObject ob)
        {
            return oa.Count == ob.Count && oa.All(p => ob.TryGetPropertyValue(p.Key, out var other) && Equal(p.Value, other));
        }
        return JsonNode.DeepEquals(a, b);
    }
}
