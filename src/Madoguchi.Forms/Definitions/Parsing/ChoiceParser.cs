using System.Text.Json;

namespace Madoguchi.Forms.Definitions.Parsing;

internal static class ChoiceParser
{
    public static IReadOnlyList<FormChoice> Parse(JsonElement component, string path, ParseContext context)
    {
        if (context.Property(component, "choices", path, false) is not { } array)
        {
            return [];
        }
        var at = $"{path}.choices";
        if (array.ValueKind != JsonValueKind.Array)
        {
            context.Error(at, "wrong_type", $"Expected an array, found {ParseContext.Describe(array)}.");
            return [];
        }
        if (array.GetArrayLength() > DefinitionLimits.MaxChoices)
        {
            context.Error(at, "limit_exceeded", $"At most {DefinitionLimits.MaxChoices} choices.");
            return [];
        }
        var choices = new List<FormChoice>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var i = 0;
        foreach (var item in array.EnumerateArray())
        {
            var itemPath = $"{at}[{i++}]";
            if (!context.IsObject(item, itemPath))
            {
                continue;
            }
            context.OnlyProperties(item, itemPath, ["value", "label"]);
            var value = context.String(item, "value", itemPath, required: true);
            var label = context.Text(item, "label", itemPath, required: true);
            if (value is not null && !seen.Add(value))
            {
                context.Error($"{itemPath}.value", "duplicate_choice", $"The choice value \"{value}\" appears twice.");
            }
            if (value is not null && label is not null)
            {
                choices.Add(new FormChoice(value, label));
            }
        }
        return choices;
    }
}
