using System.Globalization;
using System.Text;

namespace Madoguchi.Core.Submissions;

/// <summary>
/// Search keys for names: used only to find and compare, never stored in place of what was typed.
/// NFKC (half-width kana → full width), variation selectors and spaces removed, hiragana folded to
/// katakana, Latin letters lower-cased.
/// </summary>
public static class SearchKeys
{
    public static string For(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }
        var nfkc = text.Normalize(NormalizationForm.FormKC);
        var sb = new StringBuilder(nfkc.Length);
        for (var i = 0; i < nfkc.Length; i++)
        {
            var c = nfkc[i];
            if (char.IsWhiteSpace(c) || c is '\uFE00' or (>= '\uFE00' and <= '\uFE0F'))
            {
                continue;
            }
            // Ideographic variation selectors U+E0100–U+E01EF are surrogate pairs DB40 DD00–DDEF.
            if (c == '\uDB40' && i + 1 < nfkc.Length && nfkc[i + 1] is >= '\uDD00' and <= '\uDDEF')
            {
                i++;
                continue;
            }
            if (c is >= 'ぁ' and <= 'ゖ')
            {
                c = (char)(c + 0x60);
            }
            sb.Append(char.ToLower(c, CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }
}
