using System.Text.Json.Nodes;

using Madoguchi.Forms.Definitions;

namespace Madoguchi.Forms.Fields;

/// <summary>A value the server computes from its expression; whatever the client sends is ignored.</summary>
public sealed class ComputedField : FieldType
{
    public override string Name => "computed";
    public override bool HasValue => false;

    public override FieldResult Normalize(JsonNode? raw, FormComponent component, FieldContext context) => FieldResult.Empty;
}
