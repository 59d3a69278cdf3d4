using System.Text.Json.Nodes;

using Madoguchi.Forms.Definitions;

namespace Madoguchi.Forms.Fields;

/// <summary>郵便番号: seven digits, "〒" and a hyphen optional, full width accepted, stored as NNN-NNNN.</summary>
public sealed class PostalCodeField : FieldType
{
    public override string Name => "postalCode";

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
        return PostalCode.Normalize(text, component, out var message) is { } code
            ? FieldResult.Ok(JsonValue.Create(code))
            : FieldResult.Fail("invalid_postal_code", message!);
    }
}
