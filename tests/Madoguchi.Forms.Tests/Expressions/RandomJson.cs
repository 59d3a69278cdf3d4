using System.Text.Json.Nodes;

using FsCheck;
using FsCheck.Fluent;

namespace Madoguchi.Forms.Tests.Expressions;

/// <summary>Small random JSON values, biased towards the shapes expressions meet (operators, fields, dates).</summary>
internal static class RandomJson
{
    private static readonly string[] Words =
        ["field", "add", "equals", "sum", "today", "literal", "and", "if", "x", "a", "2025-01-01", "2024-02-29", "", "ヤマダ", "concat", "divide", "round"];

    public static Gen<JsonNode?> Generator => Gen.Sized(size => Node(Math.Min(size, 4)));

    private static Gen<JsonNode?> Node(int depth)
    {
        var leaf = Gen.OneOf(
            Gen.Constant<JsonNode?>(null),
            ArbMap.Default.GeneratorFor<bool>().Select(b => (JsonNode?)JsonValue.Create(b)),
            ArbMap.Default.GeneratorFor<decimal>().Select(d => (JsonNode?)JsonValue.Create(d)),
            ArbMap.Default.GeneratorFor<int>().Select(d => (JsonNode?)JsonValue.Create(d)),
            Gen.Elements(Words).Select(w => (JsonNode?)JsonValue.Create(w)));
        if (depth <= 0)
        {
            return leaf;
        }
        var array = Gen.ListOf(Node(depth - 1)).Select(items => (JsonNode?)new JsonArray([.. items.Take(5).Select(i => i?.DeepClone())]));
        var op = Gen.Elements(Words).SelectMany(w => Gen.ListOf(Node(depth - 1)).Select(items =>
            (JsonNode?)new JsonArray([JsonValue.Create(w), .. items.Take(4).Select(i => i?.DeepClone())])));
        var obj = Gen.Elements(Words).SelectMany(k => Node(depth - 1).Select(v => (JsonNode?)new JsonObject { [k.Length == 0 ? "k" : k] = v?.DeepClone() }));
        return Gen.Frequency((3, leaf), (2, array), (3, op), (1, obj));
    }
}
