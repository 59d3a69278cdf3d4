using System.Globalization;
using System.Text.RegularExpressions;

namespace Madoguchi.Forms.Fields.Japanese;

internal enum DateParseError { None, Format, NoSuchDate, OutsideEra }

/// <summary>西暦 (2025-11-27, 2025/11/27, 2025年11月27日) and 和暦 (令和7年11月27日, 令和元年5月1日, R7.11.27).</summary>
internal static partial class JapaneseDate
{
    [GeneratedRegex(@"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$", RegexOptions.CultureInvariant, 100)]
    private static partial Regex Western();

    [GeneratedRegex(@"^(明治|大正|昭和|平成|令和|[MTSHRmtshr])\s*(元|\d{1,2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$", RegexOptions.CultureInvariant, 100)]
    private static partial Regex Wareki();

    public static DateParseError TryParse(string input, out DateOnly date)
    {
        if (input.Length == 10 && DateOnly.TryParseExact(input, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return DateParseError.None;
        }
        date = default;
        var text = Width.FoldAscii(input).Trim();
        if (text.Length > 40)
        {
            return DateParseError.Format;
        }
        var western = Western().Match(text);
        if (western.Success)
        {
            return Build(Number(western.Groups[1].Value), western.Groups[2].Value, western.Groups[3].Value, out date);
        }
        var wareki = Wareki().Match(text);
        if (!wareki.Success)
        {
            return DateParseError.Format;
        }
        var era = Era.Find(wareki.Groups[1].Value)!;
        var eraYear = wareki.Groups[2].Value == "元" ? 1 : Number(wareki.Groups[2].Value);
        if (eraYear < 1)
        {
            return DateParseError.OutsideEra;
        }
        var error = Build(era.Start.Year + eraYear - 1, wareki.Groups[3].Value, wareki.Groups[4].Value, out date);
        return error == DateParseError.None && !era.Contains(date) ? DateParseError.OutsideEra : error;
    }

    private static DateParseError Build(int year, string month, string day, out DateOnly date)
    {
        date = default;
        var m = Number(month);
        var d = Number(day);
        if (year is < 1 or > 9999 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(year, m))
        {
            return DateParseError.NoSuchDate;
        }
        date = new DateOnly(year, m, d);
        return DateParseError.None;
    }

    private static int Number(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
}
