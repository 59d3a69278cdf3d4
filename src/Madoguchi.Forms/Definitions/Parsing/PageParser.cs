using System.Text.Json;

using Madoguchi.Forms.Expressions;

namespace Madoguchi.Forms.Definitions.Parsing;

internal static class PageParser
{
    private static readonly string[] Allowed = ["key", "title", "visibleWhen", "components"];

    public static IReadOnlyList<FormPage> ParseAll(JsonElement root, KeyScope scope, ParseContext context)
    {
        if (context.Property(root, "pages", "$", required: true) is not { } pages)
        {
            return [];
        }
        if (pages.ValueKind != JsonValueKind.Array || pages.GetArrayLength() == 0)
        {
            context.Error("$.pages", "wrong_type", "pages is a non-empty array.");
            return [];
        }
        if (pages.GetArrayLength() > DefinitionLimits.MaxPages)
        {
            context.Error("$.pages", "limit_exceeded", $"A form may have at most {DefinitionLimits.MaxPages} pages.");
            return [];
        }
        var list = new List<FormPage>();
        var pageKeys = new HashSet<string>(StringComparer.Ordinal);
        var dataKeys = new HashSet<string>(StringComparer.Ordinal);
        var i = 0;
        foreach (var page in pages.EnumerateArray())
        {
            var path = $"$.pages[{i++}]";
            if (!context.IsObject(page, path))
            {
                continue;
            }
            context.OnlyProperties(page, path, Allowed);
            var key = context.String(page, "key", path, required: true);
            if (KeyRules.Check(key, $"{path}.key", context))
            {
                KeyRules.Unique(key!, $"{path}.key", pageKeys, context);
            }
            var components = context.Property(page, "components", path, required: true) is { } array
                ? ComponentParser.ParseList(array, $"{path}.components", scope, dataKeys, 0, context)
                : [];
            list.Add(new FormPage
            {
                Key = key ?? "",
                Title = context.Text(page, "title", path, required: true) ?? new LocalizedText(""),
                VisibleWhen = context.Expression(page, "visibleWhen", path, scope),
                Components = components,
            });
        }
        return list;
    }
}
