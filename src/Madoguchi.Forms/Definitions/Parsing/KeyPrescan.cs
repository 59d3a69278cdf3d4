using System.Text.Json;

using Madoguchi.Forms.Expressions;

namespace Madoguchi.Forms.Definitions.Parsing;

/// <summary>
/// Collects every data key before expressions are compiled, because a condition may read a field
/// defined later in the form. Iterative over pages; recursion only through nested groups, which
/// JsonDocument's MaxDepth bounds.
/// </summary>
internal static class KeyPrescan
{
    public static KeyScope Collect(JsonElement root, ParseContext context)
    {
        var scope = new KeyScope(null);
        if (root.TryGetProperty("pages", out var pages) && pages.ValueKind == JsonValueKind.Array)
        {
            foreach (var page in pages.EnumerateArray())
            {
                if (page.ValueKind == JsonValueKind.Object && page.TryGetProperty("components", out var components))
                {
                    AddAll(components, scope, context);
                }
            }
        }
        return scope;
    }

    private static void AddAll(JsonElement components, KeyScope scope, ParseContext context)
    {
        if (components.ValueKind != JsonValueKind.Array)
        {
            return;
        }
        foreach (var c in components.EnumerateArray())
        {
            if (c.ValueKind != JsonValueKind.Object
                || !c.TryGetProperty("key", out var key) || key.ValueKind != JsonValueKind.String
                || !c.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String
                || !context.Types.TryGet(type.GetString()!, out var fieldType)
                || !(fieldType.HasValue || fieldType.Name == "computed"))
            {
                continue;
            }
            KeyScope? items = null;
            if (fieldType.Name == "repeatingGroup" && c.TryGetProperty("components", out var children))
            {
                items = new KeyScope(scope);
                AddAll(children, items, context);
            }
            scope.Add(key.GetString()!, items);
        }
    }
}
