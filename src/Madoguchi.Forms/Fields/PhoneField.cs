using System.Text.Json.Nodes;

using Madoguchi.Forms.Definitions;
using Madoguchi.Japanese.Phone;

namespace Madoguchi.Forms.Fields;

/// <summary>
/// A domestic phone number, read by <see cref="PhoneNumbers.Normalize"/> (hyphens, spaces, parentheses,
/// full-width digits, dash variants, +81) and stored in its canonical hyphenated form (0744-22-4001).
/// </summary>
public sealed class PhoneField : FieldType
{
    public override string Name => "phone";

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
        var number = PhoneNumbers.Normalize(text);
        return number.Value is { } phone
            ? FieldResult.Ok(JsonValue.Create(phone.Formatted))
            : FieldResult.Fail("invalid_phone", Detail.At(component, number.Error!));
    }
}
