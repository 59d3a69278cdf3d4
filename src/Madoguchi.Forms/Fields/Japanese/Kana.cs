using System.Globalization;
using System.Text;

namespace Madoguchi.Forms.Fields.Japanese;

/// <summary>フリガナ: hiragana or katakana in, katakana out; the first character that is neither is reported.</summary>
internal static class Kana
{
    public static string ToKatakana(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            builder.Append(ch is >= '\u3041' and <= '\u3096' or '\u309D' or '\u309E' ? (char)(ch + 0x60) : ch);
        }
        return builder.ToString();
    }

    /// <summary>The first text element that is not katakana, a long vowel mark, a middle dot or a space.</summary>
    public static string? FirstInvalid(string katakana)
    {
        var elements = StringInfo.GetTextElementEnumerator(katakana);
        while (elements.MoveNext())
        {
            var element = (string)elements.Current;
            if (element.Length != 1 || !IsNameKana(element[0]))
            {
                return element;
            }
        }
        return null;
    }

    private static bool IsNameKana(char ch) => ch is >= '\u30A1' and <= '\u30FA' or '\u30FB' or '\u30FC' or '\u30FD' or '\u30FE' or ' ' or '\u3000';
}
