using System.Text.Json.Nodes;

using Madoguchi.Forms.Definitions;

namespace Madoguchi.Forms.Fields;

/// <summary>One line of text; 200 characters unless settings.maxLength says otherwise.</summary>
public sealed class TextField : FieldType
{
    public override string Name => "text";

    public override FieldResult Normalize(JsonNode? raw, FormComponent component, FieldContext context) =>
        TextValue.Normalize(raw, component, multiline: false, defaultMaxLength: 200);
}
