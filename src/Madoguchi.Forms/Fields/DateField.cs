using System.Text.Json.Nodes;

using Madoguchi.Forms.Definitions;
using Madoguchi.Japanese;
using Madoguchi.Japanese.Kana;
using Madoguchi.Japanese.Wareki;

namespace Madoguchi.Forms.Fields;

/// <summary>
/// A calendar date, typed in 西暦 (<see cref="GregorianDate"/>) or 和暦 (<see cref="WarekiConverter.Parse"/>:
/// 元年, era boundaries, R7.11.27, full-width digits), stored as ISO yyyy-MM-dd; settings.minDate/maxDate limit it.
/// </summary>
public sealed class DateField : FieldType
{
    public override string Name => "date";

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
        var (ja, en) = (Messages.Ja(component), Messages.En(component));
        var folded = Width.FullWidthAsciiToHalfWidth(text).Trim();
        if (folded.Length > 0 && char.IsAsciiDigit(folded[0]))
        {
            if (!GregorianDate.TryParse(folded, out var gregorian))
            {
                return FieldResult.Fail("invalid_date", Messages.Of($"{ja}は「2025-11-27」や「令和7年11月27日」の形で入力してください", $"Enter {en} like 2025-11-27 or 令和7年11月27日"));
            }
            return gregorian is { } day
                ? Accept(day, component, context)
                : FieldResult.Fail("invalid_date", Messages.Of($"{ja}に存在しない日付が入力されています", $"{en} is not a real date"));
        }
        var wareki = WarekiConverter.Parse(text);
        return wareki.Error is { } error
            ? FieldResult.Fail(IsOutsideEra(error) ? "outside_era" : "invalid_date", Detail.At(component, error))
            : Accept(wareki.Value, component, context);
    }

    // WarekiConverter reports a real date outside the named era (平成31年5月1日) with this wording
    // (docs/japanese-data.md, 和暦); its result has no error code, and outside_era is part of the form schema.
    private static bool IsOutsideEra(Message error) => error.Ja.EndsWith("の期間にありません。", StringComparison.Ordinal);

    private static FieldResult Accept(DateOnly date, FormComponent c, FieldContext context) =>
        CheckRange(date, c, context) ?? FieldResult.Ok(JsonValue.Create(DateLimit.Format(date)));

    private static FieldResult? CheckRange(DateOnly date, FormComponent c, FieldContext context)
    {
        if (DateLimit.Resolve(c.Settings.MinDate, context.Today) is { } min && date < min)
        {
            return FieldResult.Fail("too_early", Messages.Of($"{Messages.Ja(c)}は{DateLimit.Format(min)}以降の日付を入力してください", $"{Messages.En(c)} must be on or after {DateLimit.Format(min)}"));
        }
        if (DateLimit.Resolve(c.Settings.MaxDate, context.Today) is { } max && date > max)
        {
            return FieldResult.Fail("too_late", Messages.Of($"{Messages.Ja(c)}は{DateLimit.Format(max)}以前の日付を入力してください", $"{Messages.En(c)} must be on or before {DateLimit.Format(max)}"));
        }
        return null;
    }
}
