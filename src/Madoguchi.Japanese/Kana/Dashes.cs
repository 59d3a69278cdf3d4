namespace Madoguchi.Japanese.Kana;

/// <summary>
/// The many dash-like characters people type in phone numbers, postal codes and 番地 (1‐2‐3, 1ー2ー3, 1－2－3, 1〜3).
/// Only for fields made of digits and separators: in a name, ー is a long vowel and must stay.
/// </summary>
public static class Dashes
{
    /// <summary>Every character mapped to '-': ‐ ‑ ‒ – — ― − ⁃ ﹣ － ー ｰ 〜 ～ ~ and '-' itself.</summary>
    public const string Variants = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2043\uFE63\uFF0D\u30FC\uFF70\u301C\uFF5E~";

    public static bool IsDash(char c) => Variants.Contains(c, StringComparison.Ordinal);

    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return string.Create(text.Length, text, static (span, t) =>
        {
            for (int i = 0; i < span.Length; i++)
            {
                span[i] = IsDash(t[i]) ? '-' : t[i];
            }
        });
    }
}
