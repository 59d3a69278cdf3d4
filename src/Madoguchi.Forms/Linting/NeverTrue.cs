using System.Text.Json;
using System.Text.Json.Nodes;

using Madoguchi.Forms.Definitions;

namespace Madoguchi.Forms.Linting;

/// <summary>
/// Recognises conditions that can never be true from their JSON alone: a literal that is not true,
/// an equals against a value the field cannot hold, notEquals of an operand with itself, and an
/// and of two different equals on one field. Conservative: "don't know" means "may be true".
/// </summary>
internal sealed class NeverTrue(IReadOnlyDictionary<string, FormComponent> fields)
{
    public bool Check(JsonNode? e)
    {
        if (e is not JsonArray { Count: > 0 } array || array[0] is not JsonValue op || op.GetValueKind() != JsonValueKind.String)
        {
            return e is not JsonValue v || v.GetValueKind() != JsonValueKind.True;
        }
        return op.GetValue<string>() switch
        {
            "literal" => array.Count == 2 && Check(array[1]),
            "equals" => array.Count == 3 && (CannotHold(array[1], array[2]) || CannotHold(array[2], array[1])),
            "notEquals" => array.Count == 3 && JsonNode.DeepEquals(array[1], array[2]),
            "and" => array.Skip(1).Any(Check) || Contradicts(array),
            "or" => array.Count > 1 && array.Skip(1).All(Check),
            _ => false,
        };
    }

    private bool CannotHold(JsonNode? fieldRef, JsonNode? literal)
    {
        if (FieldOf(fieldRef) is not { } c || literal is JsonArray)
        {
            return false;
        }
        var kind = literal?.GetValueKind() ?? JsonValueKind.Null;
        return c.Type switch
        {
            "singleChoice" => kind != JsonValueKind.Null && (kind != JsonValueKind.String || !c.Choices.Any(ch => ch.Value == literal!.GetValue<string>())),
            "yesNo" => kind is not (JsonValueKind.True or JsonValueKind.False or JsonValueKind.Null),
            "consent" => kind is not (JsonValueKind.True or JsonValueKind.Null),
            "number" => kind is not (JsonValueKind.Number or JsonValueKind.Null),
            "text" or "multilineText" or "email" or "phone" or "postalCode" or "date" => kind is not (JsonValueKind.String or JsonValueKind.Null),
            _ => false,
        };
    }

    private static bool Contradicts(JsonArray and)
    {
        var seen = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        foreach (var operand in and.Skip(1))
        {
            if (operand is JsonArray { Count: 3 } eq && IsOperator(eq[0], "equals") && FieldPath(eq[1]) is { } path && eq[2] is not JsonArray)
            {
                if (seen.TryGetValue(path, out var other) && !JsonNode.DeepEquals(other, eq[2]))
                {
                    return true;
                }
                seen[path] = eq[2];
            }
        }
        return false;
    }

    private static bool IsOperator(JsonNode? node, string name) =>
        node is JsonValue v && v.GetValueKind() == JsonValueKind.String && v.GetValue<string>() == name;

    private FormComponent? FieldOf(JsonNode? e) => FieldPath(e) is { } path && fields.TryGetValue(path, out var c) ? c : null;

    internal static string? FieldPath(JsonNode? e) =>
        e is JsonArray { Count: 2 } a && IsOperator(a[0], "field") && a[1] is JsonValue p && p.GetValueKind() == JsonValueKind.String
            ? p.GetValue<string>()
            : null;
}
