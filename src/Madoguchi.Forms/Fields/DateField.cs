using System.Text.Json.Nodes;

using Madoguchi.Forms.Definitions;
using Madoguchi.Forms.Fields.Japanese;

namespace Madoguchi.Forms.Fields;

/// <summary>A calendar date, typed in 西暦 or 和暦, stored as ISO yyyy-MM-dd; settings.minDate/maxDate limit it.</summary>
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
        return JapaneseDate.TryParse(text, out var date) switch
        {
            DateParseError.Format => FieldResult.Fail("invalid_date", Messages.Of($"{ja}は「2025-11-27」や「令和7年11月27日」の形で入力してください", $"Enter {en} like 2025-11-27 or 令和7年11月27日")),
            DateParseError.NoSuchDate => FieldResult.Fail("invalid_date", Messages.Of($"{ja}に存在しない日付が入力されています", $"{en} is not a real date")),
            DateParseError.OutsideEra => FieldResult.Fail("outside_era", Messages.Of($"{ja}の元号と年が合っていません（例：平成は31年4月30日まで）", $"{en}: the year is outside that era (Heisei ended on 30 April of year 31)")),
            _ => CheckRange(date, component, context) ?? FieldResult.Ok(JsonValue.Create(DateLimit.Format(date))),
        };
    }

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
