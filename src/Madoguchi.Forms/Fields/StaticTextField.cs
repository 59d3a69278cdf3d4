using System.Text.Json.Nodes;

using Madoguchi.Forms.Definitions;

namespace Madoguchi.Forms.Fields;

/// <summary>Explanatory text on a page; it asks nothing.</summary>
public sealed class StaticTextField : FieldType
{
    public override string Name => "staticText";
    public override bool HasValue => false;

    public override FieldResult Normalize(JsonNode? raw, FormComponent component, FieldContext context) => FieldResult.Empty;
}
