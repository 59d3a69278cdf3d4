using System.Text.Json.Nodes;

using Madoguchi.Forms.Definitions;
using Madoguchi.Japanese.CheckDigits;

namespace Madoguchi.Forms.Fields;

/// <summary>
/// 個人番号: 12 digits, check digit verified by <see cref="IndividualNumber.Validate"/> (番号法施行令 第8条).
/// Messages never repeat the number.
/// </summary>
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
        var number = IndividualNumber.Validate(text);
        return number.Error is { } error
            ? FieldResult.Fail(DigitShape.HasDigits(text, 12) ? "invalid_check_digit" : "invalid_digits", Detail.At(component, error))
            : FieldResult.Ok(JsonValue.Create(number.Value));
    }
}
