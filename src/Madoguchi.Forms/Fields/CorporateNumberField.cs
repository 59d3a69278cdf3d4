using System.Text.Json.Nodes;

using Madoguchi.Forms.Definitions;
using Madoguchi.Forms.Fields.Japanese;

namespace Madoguchi.Forms.Fields;

/// <summary>法人番号 (13 digits, check digit verified).</summary>
public sealed class CorporateNumberField : FieldType
{
    public override string Name => "corporateNumber";

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
        var digits = Width.DigitsOnly(text);
        if (digits is not { Length: 13 })
        {
            return FieldResult.Fail("invalid_digits", Messages.Of($"{Messages.Ja(component)}は13桁の数字で入力してください", $"Enter {Messages.En(component)} as 13 digits"));
        }
        return CheckDigits.IsValidCorporateNumber(digits)
            ? FieldResult.Ok(JsonValue.Create(digits))
            : FieldResult.Fail("invalid_check_digit", Messages.Of($"{Messages.Ja(component)}が正しくありません。番号をご確認ください", $"{Messages.En(component)} is not a valid number; check it again"));
    }
}
