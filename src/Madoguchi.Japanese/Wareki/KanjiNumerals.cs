using System.Text;
using System.Text.RegularExpressions;

namespace Madoguchi.Japanese.Wareki;

/// <summary>Kanji numerals up to 99 as written in dates: 二十七, 十一, 三十一, or digit by digit (二〇).</summary>
internal static partial class KanjiNumerals
{
    private const string Digits = "〇一二三四五六七八九";

    public static string ReplaceWithDigits(string text) => Numeral().Replace(text, m => ToNumber(m.Value).ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static int ToNumber(string kanji)
    {
        int ten = kanji.IndexOf('十', StringComparison.Ordinal);
        if (ten < 0)
        {
            var sb = new StringBuilder();
            foreach (char c in kanji)
            {
                sb.Append((char)('0' + Digits.IndexOf(c, StringComparison.Ordinal)));
            }

            return int.Parse(sb.ToString(), System.Globalization.CultureInfo.InvariantCulture);
        }

        int tens = ten == 0 ? 1 : Digits.IndexOf(kanji[0], StringComparison.Ordinal);
        int ones = ten == kanji.Length - 1 ? 0 : Digits.IndexOf(kanji[^1], StringComparison.Ordinal);
        return (tens * 10) + ones;
    }

    [GeneratedRegex("[〇一二三四五六七八九]?十[一二三四五六七八九]?|[〇一二三四五六七八九]{1,2}")]
    private static partial Regex Numeral();
}
