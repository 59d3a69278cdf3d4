using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

using Madoguchi.Japanese.Text;

namespace Madoguchi.Japanese.Wareki;

/// <summary>
/// 和暦 ↔ Gregorian with our own era table (<see cref="Era.All"/>); the platform's JapaneseCalendar formatting
/// drops the era on some ICU builds, so it is not used.
/// </summary>
public static partial class WarekiConverter
{
    // The longest real form, 平成三十一年十二月三十一日 with spaces, is far shorter; longer input is not a date.
    private const int MaxInputLength = 64;

    public static WarekiDate? ToWareki(DateOnly date)
    {
        Era? era = Era.Find(date);
        return era is null ? null : new WarekiDate(era, date.Year - era.Start.Year + 1, date.Month, date.Day);
    }

    /// <summary>Formats a date; returns null before <see cref="Era.EarliestSupported"/>.</summary>
    public static string? Format(DateOnly date, WarekiStyle style = WarekiStyle.Kanji)
    {
        WarekiDate? w = ToWareki(date);
        if (w is null)
        {
            return null;
        }

        return style switch
        {
            WarekiStyle.Kanji => string.Create(CultureInfo.InvariantCulture, $"{w.Era.Name}{(w.Year == 1 ? "元" : w.Year.ToString(CultureInfo.InvariantCulture))}年{w.Month}月{w.Day}日"),
            WarekiStyle.Abbreviated => string.Create(CultureInfo.InvariantCulture, $"{w.Era.Letter}{w.Year}.{w.Month}.{w.Day}"),
            _ => throw new ArgumentOutOfRangeException(nameof(style)),
        };
    }

    /// <summary>
    /// Parses 令和7年11月27日, 令和元年5月1日, R7.11.27, r7/11/27, H31-4-30, ㍻31年4月30日, full-width digits and
    /// kanji numerals (令和七年十一月二十七日). Rejects dates that do not exist or fall outside the named era.
    /// </summary>
    public static Validated<DateOnly> Parse(string? input)
    {
        string raw = input ?? string.Empty;
        Match m = raw.Length <= MaxInputLength && !WellFormed.HasUnpairedSurrogate(raw)
            ? Pattern().Match(KanjiNumerals.ReplaceWithDigits(raw.Normalize(NormalizationForm.FormKC).Trim()))
            : Match.Empty;
        if (!m.Success)
        {
            return Validated.Fail<DateOnly>(new Message("和暦の日付として読み取れません（例：令和7年11月27日、R7.11.27）。", "Not a Japanese-era date (e.g. 令和7年11月27日 or R7.11.27)."));
        }

        Era era = Era.FindByName(m.Groups["era"].Value)!;
        int year = m.Groups["year"].Value == "元" ? 1 : int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
        int month = int.Parse(m.Groups["month"].Value, CultureInfo.InvariantCulture);
        int day = int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture);
        int gregorianYear = era.GregorianYear(year);
        if (year < 1 || month is < 1 or > 12 || day < 1 || gregorianYear > 9999 || day > DateTime.DaysInMonth(gregorianYear, month))
        {
            return Validated.Fail<DateOnly>(new Message("存在しない日付です。", "This date does not exist."));
        }

        var date = new DateOnly(gregorianYear, month, day);
        if (!era.Contains(date))
        {
            return Validated.Fail<DateOnly>(new Message($"{era.Name}{year}年{month}月{day}日は{era.Name}の期間にありません。", $"{era.Name} {year}/{month}/{day} is outside the {era.Name} era."));
        }

        return date < Era.EarliestSupported
            ? Validated.Fail<DateOnly>(new Message("明治6年（1873年）より前の日付は旧暦のため扱えません。", "Dates before 明治6 (1873) used the lunisolar calendar and are not supported."))
            : Validated.Ok(date);
    }

    [GeneratedRegex(@"^(?<era>明治|大正|昭和|平成|令和|[MTSHRmtshr])\s*(?<year>[0-9]{1,3}|元)\s*(?:年|[./-])\s*(?<month>[0-9]{1,2})\s*(?:月|[./-])\s*(?<day>[0-9]{1,2})\s*日?$")]
    private static partial Regex Pattern();
}
