using System.Text.Json.Nodes;

using Madoguchi.Forms.Definitions;

namespace Madoguchi.Forms.Fields;

/// <summary>Free text with line breaks and tabs; 2,000 characters unless settings.maxLength says otherwise.</summary>
public sealed class MultilineTextField : FieldType
{
    public override string Name => "multilineText";

    public override FieldResult Normalize(JsonNode? raw, FormComponent component, FieldContext context) =>
        TextValue.Normalize(raw, component, multiline: true, defaultMaxLength: 2000);
}
