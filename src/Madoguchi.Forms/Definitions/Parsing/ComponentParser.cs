using System.Text.Json;

using Madoguchi.Forms.Expressions;
using Madoguchi.Forms.Fields;

namespace Madoguchi.Forms.Definitions.Parsing;

internal static class ComponentParser
{
    private static readonly string[] Allowed =
    [
        "key", "type", "label", "hint", "text", "required", "requiredWhen", "visibleWhen", "value",
        "choices", "components", "minItems", "maxItems", "settings", "validations",
    ];

    /// <summary>Parses a components array; seen holds the data keys already used in this scope.</summary>
    public static IReadOnlyList<FormComponent> ParseList(JsonElement array, string path, KeyScope scope, HashSet<string> seen, int nesting, ParseContext context)
    {
        if (array.ValueKind != JsonValueKind.Array)
        {
            context.Error(path, "wrong_type", $"Expected an array of components, found {ParseContext.Describe(array)}.");
            return [];
        }
        var list = new List<FormComponent>();
        var i = 0;
        foreach (var item in array.EnumerateArray())
        {
            var at = $"{path}[{i++}]";
            if (++context.ComponentCount > DefinitionLimits.MaxComponents)
            {
                context.Error(at, "limit_exceeded", $"A form may have at most {DefinitionLimits.MaxComponents} components.");
                break;
            }
            if (context.IsObject(item, at) && Parse(item, at, scope, seen, nesting, context) is { } component)
            {
                list.Add(component);
            }
        }
        return list;
    }

    private static FormComponent? Parse(JsonElement c, string path, KeyScope scope, HashSet<string> seen, int nesting, ParseContext context)
    {
        context.OnlyProperties(c, path, Allowed);
        var key = context.String(c, "key", path, required: true);
        var typeName = context.String(c, "type", path, required: true);
        if (KeyRules.Check(key, $"{path}.key", context))
        {
            KeyRules.Unique(key!, $"{path}.key", seen, context);
        }
        FieldType? type = null;
        if (typeName is not null && !context.Types.TryGet(typeName, out type))
        {
            context.Error($"{path}.type", "unknown_type", $"Unknown field type \"{typeName}\"; known: {string.Join(", ", context.Types.Names)}.");
        }
        var isGroup = type?.Name == "repeatingGroup";
        var isComputed = type?.Name == "computed";
        var itemScope = isGroup && key is not null ? scope.ItemScopeOf(key) : scope;
        var component = new FormComponent
        {
            Key = key ?? "",
            Type = typeName ?? "",
            Label = context.Text(c, "label", path, required: type is { HasValue: true }),
            Hint = context.Text(c, "hint", path),
            Text = context.Text(c, "text", path, required: type?.Name == "staticText"),
            Required = context.Bool(c, "required", path) ?? false,
            RequiredWhen = context.Expression(c, "requiredWhen", path, scope),
            VisibleWhen = context.Expression(c, "visibleWhen", path, scope),
            Value = context.Expression(c, "value", path, scope, required: isComputed),
            Choices = ChoiceParser.Parse(c, path, context),
            Components = isGroup ? Children(c, path, itemScope, nesting, context) : [],
            MinItems = context.Int(c, "minItems", path, 0, RepeatingGroupField.HardMaxItems),
            MaxItems = context.Int(c, "maxItems", path, 1, RepeatingGroupField.HardMaxItems),
            Settings = SettingsParser.Parse(c, path, context),
            Validations = ValidationRuleParser.Parse(c, path, scope, context),
        };
        context.Paths[component] = path;
        if (type is not null)
        {
            CheckShape(c, component, type, path, context);
            type.CheckDefinition(component, path, context.Problems);
        }
        return component;
    }

    private static IReadOnlyList<FormComponent> Children(JsonElement c, string path, KeyScope itemScope, int nesting, ParseContext context)
    {
        if (nesting + 1 > DefinitionLimits.MaxGroupNesting)
        {
            context.Error($"{path}.components", "limit_exceeded", $"Repeating groups may nest at most {DefinitionLimits.MaxGroupNesting} deep.");
            return [];
        }
        if (context.Property(c, "components", path, false) is not { } children)
        {
            return [];
        }
        return ParseList(children, $"{path}.components", itemScope, new HashSet<string>(StringComparer.Ordinal), nesting + 1, context);
    }

    private static void CheckShape(JsonElement c, FormComponent component, FieldType type, string path, ParseContext context)
    {
        var isGroup = type.Name == "repeatingGroup";
        if (type.UsesChoices && component.Choices.Count == 0 && !HasProblemUnder(context, $"{path}.choices"))
        {
            context.Error($"{path}.choices", "missing_choices", $"A {type.Name} needs at least one choice.");
        }
        if (!type.UsesChoices && c.TryGetProperty("choices", out _))
        {
            context.Error($"{path}.choices", "not_allowed", $"A {type.Name} has no choices.");
        }
        if (isGroup && component.Components.Count == 0 && !HasProblemUnder(context, $"{path}.components"))
        {
            context.Error($"{path}.components", "empty_group", "A repeating group needs at least one child component.");
        }
        if (!isGroup && c.TryGetProperty("components", out _))
        {
            context.Error($"{path}.components", "not_allowed", "Only a repeatingGroup has child components.");
        }
        if (type.Name != "computed" && c.TryGetProperty("value", out _))
        {
            context.Error($"{path}.value", "not_allowed", "Only a computed component has a value expression.");
        }
        if (component.MinItems > component.MaxItems)
        {
            context.Error($"{path}.minItems", "invalid_settings", "minItems is greater than maxItems.");
        }
        if (!type.HasValue && (component.Required || component.RequiredWhen is not null))
        {
            context.Error($"{path}.required", "not_allowed", $"A {type.Name} asks nothing, so it cannot be required.");
        }
    }

    private static bool HasProblemUnder(ParseContext context, string path) =>
        context.Problems.Exists(p => p.Path.StartsWith(path, StringComparison.Ordinal));
}
