using System.Text;

namespace Madoguchi.Japanese.Kana;

/// <summary>
/// Half-width (JIS X 0201) katakana ↔ full-width, and full-width ASCII → ASCII.
/// Voiced (ﾞ U+FF9E) and semi-voiced (ﾟ U+FF9F) marks that follow a base kana are composed into one character (ｶﾞ → ガ).
/// A mark that cannot be composed becomes the combining mark (U+3099/U+309A), so the text keeps the same number of
/// characters a person sees (ｱﾞ stays one character).
/// </summary>
public static class Width
{
    // Full-width forms of U+FF61..U+FF9F in order: ｡｢｣､･ｦｧｨｩｪｫｬｭｮｯｰｱ…ﾝﾞﾟ
    private const string FullForHalf =
        "。「」、・ヲァィゥェォャュョッーアイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン゛゜";

    public static string HalfWidthKatakanaToFullWidth(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c is < '\uFF61' or > '\uFF9F')
            {
                sb.Append(c);
                continue;
            }

            if (c is '\uFF9E' or '\uFF9F')
            {
                sb.Append(c == '\uFF9E' ? '\u3099' : '\u309A');
                continue;
            }

            char full = FullForHalf[c - '\uFF61'];
            char next = i + 1 < text.Length ? text[i + 1] : '\0';
            char composed = next switch
            {
                '\uFF9E' => Voiced(full),
                '\uFF9F' => SemiVoiced(full),
                _ => '\0',
            };
            if (composed != '\0')
            {
                sb.Append(composed);
                i++;
            }
            else
            {
                sb.Append(full);
            }
        }

        return sb.ToString();
    }

    /// <summary>Full-width ASCII (U+FF01..U+FF5E) and the ideographic space → ASCII. Everything else is kept.</summary>
    public static string FullWidthAsciiToHalfWidth(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return string.Create(text.Length, text, static (span, t) =>
        {
            for (int i = 0; i < span.Length; i++)
            {
                char c = t[i];
                span[i] = c switch
                {
                    >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
                    '\u3000' => ' ',
                    _ => c,
                };
            }
        });
    }

    /// <summary>Full-width katakana → half-width; voiced kana split into base + ﾞ/ﾟ. Returns null for a kana with no half-width form (ヰ, ヱ, ヮ, ヵ, ヶ, ヽ, ヾ).</summary>
    public static string? KatakanaToHalfWidth(char c)
    {
        int index = FullForHalf.IndexOf(c, StringComparison.Ordinal);
        if (index >= 0)
        {
            return ((char)('\uFF61' + index)).ToString();
        }

        if (c == 'ヴ')
        {
            return "ｳﾞ";
        }

        char unvoiced = (char)(c - 1);
        if (Voiced(unvoiced) == c && FullForHalf.Contains(unvoiced, StringComparison.Ordinal))
        {
            return KatakanaToHalfWidth(unvoiced) + "ﾞ";
        }

        char unsemi = (char)(c - 2);
        if (SemiVoiced(unsemi) == c && FullForHalf.Contains(unsemi, StringComparison.Ordinal))
        {
            return KatakanaToHalfWidth(unsemi) + "ﾟ";
        }

        return null;
    }

    private static char Voiced(char c) => c switch
    {
        'ウ' => 'ヴ',
        >= 'カ' and <= 'ト' when (c - 'カ') % 2 == 0 && c != 'ッ' => (char)(c + 1),
        'ツ' => 'ヅ',
        'テ' => 'デ',
        'ト' => 'ド',
        >= 'ハ' and <= 'ホ' when (c - 'ハ') % 3 == 0 => (char)(c + 1),
        'ワ' => 'ヷ',
        'ヲ' => 'ヺ',
        _ => '\0',
    };

    private static char SemiVoiced(char c) => c is >= 'ハ' and <= 'ホ' && (c - 'ハ') % 3 == 0 ? (char)(c + 2) : '\0';
}
