using System.Globalization;

namespace Madoguchi.Japanese;

/// <summary>Names one character for an error message so a person can find it: 「ｘ」 (U+FF58), position in text elements.</summary>
internal static class CharacterNames
{
    public static string Describe(string element)
    {
        string codes = string.Join(' ', EnumerateScalars(element).Select(r => $"U+{r:X4}"));
        // Controls, lone surrogates and format characters (bidi overrides) would garble the message itself: show code points only.
        bool printable = element.Length > 0 && !element.Any(c => char.IsControl(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format)
            && !Text.WellFormed.HasUnpairedSurrogate(element);
        return printable ? $"「{element}」({codes})" : $"({codes})";
    }

    public static Message NotAllowed(string element, int position, string fieldJa, string fieldEn) =>
        new($"{position}文字目の{Describe(element)}は{fieldJa}に使えません。",
            $"Character {position} {Describe(element)} is not allowed in {fieldEn}.");

    private static IEnumerable<int> EnumerateScalars(string s)
    {
        for (int i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                yield return char.ConvertToUtf32(s[i], s[i + 1]);
                i++;
            }
            else
            {
                yield return s[i];
            }
        }
    }

    /// <summary>Splits text into what a person sees as characters (extended grapheme clusters).</summary>
    public static IEnumerable<string> Elements(string s)
    {
        TextElementEnumerator e = StringInfo.GetTextElementEnumerator(s);
        while (e.MoveNext())
        {
            yield return e.GetTextElement();
        }
    }
}
