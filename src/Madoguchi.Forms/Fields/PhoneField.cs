using System.Text.Json.Nodes;

using Madoguchi.Forms.Definitions;
using Madoguchi.Forms.Fields.Japanese;

namespace Madoguchi.Forms.Fields;

/// <summary>A domestic number of 10 or 11 digits starting with 0, stored with hyphens.</summary>
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
        var folded = Width.FoldAscii(text, dashes: true).Replace("(", "-", StringComparison.Ordinal).Replace(")", "-", StringComparison.Ordinal).Trim();
        var digits = Width.DigitsOnly(folded);
        if (digits is null || digits.Length is < 10 or > 11 || digits[0] != '0')
        {
            return FieldResult.Fail("invalid_phone", Messages.Of($"{Messages.Ja(component)}は0から始まる10桁または11桁の番号で入力してください", $"Enter {Messages.En(component)} as a Japanese phone number of 10 or 11 digits starting with 0"));
        }
        return FieldResult.Ok(JsonValue.Create(PhoneFormat.Hyphenate(folded, digits)));
    }
}
