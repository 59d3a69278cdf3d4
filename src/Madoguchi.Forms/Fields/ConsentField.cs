using System.Text.Json.Nodes;

using Madoguchi.Forms.Definitions;

namespace Madoguchi.Forms.Fields;

/// <summary>A tick box for 同意: only true is an answer; an unticked box is "not answered".</summary>
public sealed class ConsentField : FieldType
{
    public override string Name => "consent";

    public override LocalizedText RequiredMessage(FormComponent component) =>
        Messages.Of($"{Messages.Ja(component)}に同意してください", $"Agree to {Messages.En(component)}");

    public override FieldResult Normalize(JsonNode? raw, FormComponent component, FieldContext context)
    {
        if (RawText.IsBlank(raw))
        {
            return FieldResult.Empty;
        }
        return BooleanInput.Read(raw) switch
        {
            true => FieldResult.Ok(JsonValue.Create(true)),
            false => FieldResult.Empty,
            null => FieldResult.Fail("invalid_type", Messages.InvalidType(component)),
        };
    }
}
