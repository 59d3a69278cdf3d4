using System.Text.Json.Nodes;

using Madoguchi.Forms.Definitions;

namespace Madoguchi.Forms.Fields;

/// <summary>
/// A list of items, each an object keyed by the child components. This type checks the list's
/// shape and size; the engine normalises each item's children.
/// </summary>
public sealed class RepeatingGroupField : FieldType
{
    public const int HardMaxItems = 500;

    public override string Name => "repeatingGroup";

    public override bool IsEmpty(JsonNode? value) => value is not JsonArray { Count: > 0 };

    public override FieldResult Normalize(JsonNode? raw, FormComponent component, FieldContext context)
    {
        if (RawText.IsBlank(raw))
        {
            return FieldResult.Empty;
        }
        if (raw is not JsonArray items || !items.All(i => i is JsonObject))
        {
            return FieldResult.Fail("invalid_type", Messages.InvalidType(component));
        }
        var max = Math.Min(component.MaxItems ?? HardMaxItems, HardMaxItems);
        if (items.Count > max)
        {
            return FieldResult.Fail("too_many_items", Messages.Of($"{Messages.Ja(component)}は{max}件までです", $"{Messages.En(component)} allows at most {max} entries"));
        }
        if (component.MinItems is { } min && items.Count < min)
        {
            return FieldResult.Fail("too_few_items", Messages.Of($"{Messages.Ja(component)}を{min}件以上入力してください", $"Enter at least {min} entries for {Messages.En(component)}"));
        }
        return FieldResult.Ok(items);
    }
}
