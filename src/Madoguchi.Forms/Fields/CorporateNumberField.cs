using System.Text.Json.Nodes;

using Madoguchi.Forms.Definitions;
using Madoguchi.Japanese.CheckDigits;

namespace Madoguchi.Forms.Fields;

/// <summary>法人番号: 13 digits, check digit verified by <see cref="CorporateNumber.Validate"/> (法人番号の指定等に関する省令 第2条).</summary>
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
        var number = CorporateNumber.Validate(text);
        return number.Error is { } error
            ? FieldResult.Fail(DigitShape.HasDigits(text, 13) ? "invalid_check_digit" : "invalid_digits", Detail.At(component, error))
            : FieldResult.Ok(JsonValue.Create(number.Value));
    }
}
