using System.Text;

using Madoguchi.Japanese.Kana;

namespace Madoguchi.Japanese.Text;

/// <summary>
/// The normalised form used only for search and duplicate detection, never stored in place of what was typed:
/// variation selectors stripped, NFKC (full/half width, U+FA19 → 神, ㈱ → (株)), hiragana → katakana,
/// dash variants → '-', Latin lower-cased, white space removed. Never throws; total on any string.
/// </summary>
public static class SearchKey
{
    public static string For(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        string current = Clean(text);
        for (int pass = 0; pass < 3; pass++)
        {
            string next = Fold(current);
            if (next == current)
            {
                break;
            }

            current = next;
        }

        return current;
    }

    private static string Fold(string text)
    {
        string nfkc = text.IsNormalized(NormalizationForm.FormKC) ? text : text.Normalize(NormalizationForm.FormKC);
        string kana = KanaConverter.ToKatakana(nfkc).ToLowerInvariant();
        var sb = new StringBuilder(kana.Length);
        foreach (char c in kana)
        {
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            // ー is a long vowel in コーヒー but a dash in 1ー2ー3: fold it only after a digit.
            bool dash = c == 'ー' ? sb.Length > 0 && char.IsAsciiDigit(sb[^1]) : Dashes.IsDash(c);
            sb.Append(dash ? '-' : c);
        }

        return sb.ToString();
    }

    /// <summary>Drops what normalisation cannot handle or search should not see: unpaired surrogates, controls, variation selectors.</summary>
    private static string Clean(string text)
    {
        var sb = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                int scalar = char.ConvertToUtf32(c, text[i + 1]);
                i++;
                if (scalar is < 0xE0100 or > 0xE01EF && (scalar & 0xFFFE) != 0xFFFE)
                {
                    sb.Append(c).Append(text[i]);
                }

                continue;
            }

            if (char.IsSurrogate(c) || char.IsControl(c) || c is >= '\uFE00' and <= '\uFE0F' or '\uFFFE' or '\uFFFF' || StoredText.IsForbidden(c, allowLineBreaks: true))
            {
                continue;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }
}
