using System.Text.Json.Nodes;

using Madoguchi.Forms.Definitions;

namespace Madoguchi.Forms.Fields;

/// <summary>One of the listed choice values.</summary>
public sealed class SingleChoiceField : FieldType
{
    public override string Name => "singleChoice";
    public override bool UsesChoices => true;

    public override LocalizedText RequiredMessage(FormComponent component) => Messages.Select(component);

    public override FieldResult Normalize(JsonNode? raw, FormComponent component, FieldContext context)
    {
        if (RawText.IsBlank(raw))
        {
            return FieldResult.Empty;
        }
        if (!RawText.TryGet(raw, component, out var text, out var failure))
        {
            return failure!;
        }
        return Choices.IsListed(component, text)
            ? FieldResult.Ok(JsonValue.Create(text))
            : FieldResult.Fail("invalid_choice", Choices.NotListed(component));
    }
}
