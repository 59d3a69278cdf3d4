using System.Globalization;
using System.Text.RegularExpressions;

namespace Madoguchi.Forms.Fields;

/// <summary>
/// 西暦 dates as residents type them: 2025-11-27, 2025/1/5, 2025.1.5, 2025年11月27日 (digits already folded to
/// ASCII). 和暦 is read by Madoguchi.Japanese's WarekiConverter; the library has no Gregorian parser.
/// </summary>
internal static partial class GregorianDate
{
    [GeneratedRegex(@"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$", RegexOptions.CultureInvariant, 100)]
    private static partial Regex Pattern();

    /// <summary>False when the text is not in one of these shapes; a null date when it is but the day does not exist.</summary>
    public static bool TryParse(string text, out DateOnly? date)
    {
        date = null;
        var m = text.Length <= 40 ? Pattern().Match(text) : Match.Empty;
        if (!m.Success)
        {
            return false;
        }
        var (year, month, day) = (Number(m.Groups[1].Value), Number(m.Groups[2].Value), Number(m.Groups[3].Value));
        if (year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
        {
            date = new DateOnly(year, month, day);
        }
        return true;
    }

    private static int Number(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
}
