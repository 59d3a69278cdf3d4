using System.Text.Json;

using Madoguchi.Forms.Expressions;

namespace Madoguchi.Forms.Definitions.Parsing;

internal static class ValidationRuleParser
{
    public static IReadOnlyList<ValidationRule> Parse(JsonElement component, string path, KeyScope scope, ParseContext context)
    {
        if (context.Property(component, "validations", path, false) is not { } array)
        {
            return [];
        }
        var at = $"{path}.validations";
        if (array.ValueKind != JsonValueKind.Array || array.GetArrayLength() > DefinitionLimits.MaxValidations)
        {
            context.Error(at, "wrong_type", $"Expected an array of at most {DefinitionLimits.MaxValidations} rules.");
            return [];
        }
        var rules = new List<ValidationRule>();
        var i = 0;
        foreach (var item in array.EnumerateArray())
        {
            var itemPath = $"{at}[{i++}]";
            if (!context.IsObject(item, itemPath))
            {
                continue;
            }
            context.OnlyProperties(item, itemPath, ["rule", "message", "code"]);
            var rule = context.Expression(item, "rule", itemPath, scope, required: true);
            var message = context.Text(item, "message", itemPath, required: true);
            var code = context.String(item, "code", itemPath) ?? "rule";
            if (rule is not null && message is not null)
            {
                rules.Add(new ValidationRule(rule, message, code));
            }
        }
        return rules;
    }
}
