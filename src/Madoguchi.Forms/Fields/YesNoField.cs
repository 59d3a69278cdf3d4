using System.Text.Json.Nodes;

using Madoguchi.Forms.Definitions;

namespace Madoguchi.Forms.Fields;

/// <summary>はい／いいえ, stored as a boolean.</summary>
public sealed class YesNoField : FieldType
{
    public override string Name => "yesNo";

    public override LocalizedText RequiredMessage(FormComponent component) => Messages.Select(component);

    public override FieldResult Normalize(JsonNode? raw, FormComponent component, FieldContext context)
    {
        if (RawText.IsBlank(raw))
        {
            return FieldResult.Empty;
        }
        return BooleanInput.Read(raw) is { } answer
            ? FieldResult.Ok(JsonValue.Create(answer))
            : FieldResult.Fail("invalid_type", Messages.Select(component));
    }
}
