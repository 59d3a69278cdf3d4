using System.Text.Json.Nodes;

using Madoguchi.Forms.Definitions;

namespace Madoguchi.Forms.Fields;

/// <summary>
/// Any of the listed choices, stored as an array in the order of the choices (duplicates dropped).
/// An HTML form with one box ticked sends a single string, which is accepted. minItems/maxItems
/// limit how many may be chosen.
/// </summary>
public sealed class MultipleChoiceField : FieldType
{
    public override string Name => "multipleChoice";
    public override bool UsesChoices => true;

    public override bool IsEmpty(JsonNode? value) => value is not JsonArray { Count: > 0 };

    public override LocalizedText RequiredMessage(FormComponent component) => Messages.Select(component);

    public override FieldResult Normalize(JsonNode? raw, FormComponent component, FieldContext context)
    {
        if (RawText.IsBlank(raw))
        {
            return FieldResult.Empty;
        }
        var items = raw is JsonArray array ? array : new JsonArray(raw!.DeepClone());
        if (items.Count > component.Choices.Count)
        {
            return FieldResult.Fail("too_many_items", Messages.Of($"{Messages.Ja(component)}の選択が多すぎます", $"Too many options chosen for {Messages.En(component)}"));
        }
        var picked = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (!RawText.TryGet(item, component, out var text, out var failure))
            {
                return failure!;
            }
            if (!Choices.IsListed(component, text))
            {
                return FieldResult.Fail("invalid_choice", Choices.NotListed(component));
            }
            picked.Add(text);
        }
        var value = new JsonArray();
        foreach (var choice in component.Choices)
        {
            if (picked.Contains(choice.Value))
            {
                value.Add(choice.Value);
            }
        }
        return CheckCount(value.Count, component) ?? FieldResult.Ok(value);
    }

    private static FieldResult? CheckCount(int count, FormComponent c)
    {
        if (c.MaxItems is { } max && count > max)
        {
            return FieldResult.Fail("too_many_items", Messages.Of($"{Messages.Ja(c)}は{max}個まで選んでください", $"Choose at most {max} for {Messages.En(c)}"));
        }
        return c.MinItems is { } min && count < min
            ? FieldResult.Fail("too_few_items", Messages.Of($"{Messages.Ja(c)}を{min}個以上選んでください", $"Choose at least {min} for {Messages.En(c)}"))
            : null;
    }
}
