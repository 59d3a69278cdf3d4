using System.Text.Json.Nodes;

using Madoguchi.Forms.Definitions;
using Madoguchi.Forms.Fields.Japanese;

namespace Madoguchi.Forms.Fields;

/// <summary>個人番号 (12 digits, check digit verified). Messages never repeat the number.</summary>
public sealed class IndividualNumberField : FieldType
{
    public override string Name => "individualNumber";

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
        if (digits is not { Length: 12 })
        {
            return FieldResult.Fail("invalid_digits", Messages.Of($"{Messages.Ja(component)}は12桁の数字で入力してください", $"Enter {Messages.En(component)} as 12 digits"));
        }
        return CheckDigits.IsValidIndividualNumber(digits)
            ? FieldResult.Ok(JsonValue.Create(digits))
            : FieldResult.Fail("invalid_check_digit", Messages.Of($"{Messages.Ja(component)}が正しくありません。番号をご確認ください", $"{Messages.En(component)} is not a valid number; check it again"));
    }
}
