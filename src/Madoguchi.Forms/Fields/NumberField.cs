using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

using Madoguchi.Forms.Definitions;
using Madoguchi.Forms.Expressions;
using Madoguchi.Forms.Expressions.Nodes;
using Madoguchi.Japanese.Kana;

namespace Madoguchi.Forms.Fields;

/// <summary>
/// A decimal number. Accepts JSON numbers and text such as "３", "1,000" or "-2.5"; whole numbers
/// only unless settings.decimalPlaces allows more.
/// </summary>
public sealed partial class NumberField : FieldType
{
    [GeneratedRegex(@"^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$", RegexOptions.CultureInvariant, 100)]
    private static partial Regex Pattern();

    public override string Name => "number";

    public override FieldResult Normalize(JsonNode? raw, FormComponent component, FieldContext context)
    {
        if (RawText.IsBlank(raw))
        {
            return FieldResult.Empty;
        }
        var number = Read(raw);
        if (number is not { } value)
        {
            return FieldResult.Fail("invalid_number", Messages.Of($"{Messages.Ja(component)}は半角または全角の数字で入力してください", $"Enter {Messages.En(component)} as a number"));
        }
        var places = component.Settings.DecimalPlaces ?? 0;
        value = DecimalMath.Trim(value);
        if (value.Scale > places)
        {
            return places == 0
                ? FieldResult.Fail("not_integer", Messages.Of($"{Messages.Ja(component)}は整数で入力してください", $"Enter {Messages.En(component)} as a whole number"))
                : FieldResult.Fail("too_many_decimals", Messages.Of($"{Messages.Ja(component)}は小数点以下{places}桁までで入力してください", $"Enter {Messages.En(component)} with at most {places} decimal places"));
        }
        return CheckRange(value, component) ?? FieldResult.Ok(JsonValue.Create(value));
    }

    private static FieldResult? CheckRange(decimal value, FormComponent c)
    {
        var unit = c.Settings.Unit ?? "";
        if (c.Settings.Min is { } min && value < min)
        {
            return FieldResult.Fail("too_small", Messages.Of($"{Messages.Ja(c)}は{min}{unit}以上で入力してください", $"{Messages.En(c)} must be {min} or more"));
        }
        if (c.Settings.Max is { } max && value > max)
        {
            return FieldResult.Fail("too_large", Messages.Of($"{Messages.Ja(c)}は{max}{unit}以下で入力してください", $"{Messages.En(c)} must be {max} or less"));
        }
        return null;
    }

    internal static decimal? Read(JsonNode? raw)
    {
        if (raw is not JsonValue v)
        {
            return null;
        }
        if (v.GetValueKind() == JsonValueKind.Number)
        {
            return v.TryGetValue(out decimal d) ? d : decimal.TryParse(v.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out d) ? d : null;
        }
        return JsonText.TryGetString(v, out var text) ? Parse(text) : null;
    }

    internal static decimal? Parse(string text)
    {
        var folded = FoldMinus(Width.FullWidthAsciiToHalfWidth(text)).Trim();
        if (folded.Length is 0 or > 40 || !Pattern().IsMatch(folded))
        {
            return null;
        }
        return decimal.TryParse(folded.Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d) ? d : null;
    }

    // IMEs give －, ー or − for a minus sign; the wave dashes 〜 and ~ (full-width ～ is already ~) mark a range,
    // not a sign, so they are left for the pattern to reject.
    private static string FoldMinus(string text) =>
        string.Concat(text.Select(ch => Dashes.IsDash(ch) && ch is not ('~' or '\u301C') ? '-' : ch));
}
