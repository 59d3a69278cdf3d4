using System.Text;

using Madoguchi.Japanese.Kana;

namespace Madoguchi.Japanese.Zengin;

/// <summary>
/// 口座名義 (account holder name) for a 全銀協 transfer file. Allowed characters (our set, following the 全銀協
/// 振込 data record's JIS X 0201 subset): half-width katakana ｱ–ﾝ and ｦ, ﾞ ﾟ, digits 0–9, upper-case A–Z, space, and
/// ( ) . - / , \ ｢ ｣ where \ is byte 0x5C, printed as ¥ in JIS X 0201. Small kana become large (ｬ → ﾔ, ｯ → ﾂ),
/// ー and dashes become '-', ヰ ヱ become ｲ ｴ, ・ and 。 become '.', 、 becomes ','.
/// </summary>
public static class ZenginName
{
    /// <summary>受取人名 is 30 characters (bytes) in the 全銀協 総合振込 data record.</summary>
    public const int MaxLength = 30;

    private const string Symbols = " ().-/,\\\uFF62\uFF63";

    public static Validated<string> ToTransferName(string? input, bool abbreviateCorporateForms = false, int maxLength = MaxLength)
    {
        string original = input ?? string.Empty;
        string text = KanaConverter.ToKatakana(Width.HalfWidthKatakanaToFullWidth(original)).Trim(' ', '\u3000');
        if (abbreviateCorporateForms)
        {
            text = CorporateAbbreviations.Apply(text);
        }

        var sb = new StringBuilder(text.Length * 2);
        int position = 0;
        foreach (string element in CharacterNames.Elements(text))
        {
            position++;
            string? mapped = element.Length == 1 ? Map(element[0]) : null;
            if (mapped is null)
            {
                return Validated.Fail<string>(CharacterNames.NotAllowed(element, position, "口座名義（全銀）", "a bank account name (Zengin)"));
            }

            sb.Append(mapped);
        }

        if (sb.Length == 0)
        {
            return Validated.Fail<string>(new Message("口座名義を入力してください。", "Enter the account holder name."));
        }

        return sb.Length > maxLength
            ? Validated.Fail<string>(new Message($"口座名義は半角{maxLength}文字以内です（変換後{sb.Length}文字）。", $"The account name must be at most {maxLength} half-width characters ({sb.Length} after conversion)."))
            : Validated.Ok(sb.ToString());
    }

    public static bool IsAllowed(char c) => c is (>= '\uFF71' and <= '\uFF9F') or '\uFF66' || char.IsAsciiDigit(c) || c is >= 'A' and <= 'Z' || Symbols.Contains(c, StringComparison.Ordinal);

    private static string? Map(char c)
    {
        char ascii = Width.FullWidthAsciiToHalfWidth(c.ToString())[0];
        char folded = ascii switch
        {
            >= 'a' and <= 'z' => char.ToUpperInvariant(ascii),
            '¥' or '￥' => '\\',
            '、' => ',',
            '。' or '・' or '･' => '.',
            '「' => '\uFF62',
            '」' => '\uFF63',
            _ when Dashes.IsDash(ascii) => '-',
            _ => LargeKana(ascii),
        };

        if (IsAllowed(folded))
        {
            return folded.ToString();
        }

        string? half = Width.KatakanaToHalfWidth(folded);
        return half is not null && half.All(IsAllowed) ? half : null;
    }

    private static char LargeKana(char c)
    {
        const string Small = "ァィゥェォャュョッヮヵヶヰヱ";
        const string Large = "アイウエオヤユヨツワカケイエ";
        int i = Small.IndexOf(c, StringComparison.Ordinal);
        return i >= 0 ? Large[i] : c;
    }
}
