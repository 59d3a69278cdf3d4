using System.Text;

namespace Madoguchi.Japanese.Kana;

/// <summary>
/// フリガナ fields: hiragana or katakana (full or half width) in, one stored form out: full-width katakana,
/// words separated by a single ideographic space (U+3000). Anything else is rejected, naming the character.
/// </summary>
public static class Furigana
{
    /// <param name="input">As typed.</param>
    /// <param name="maxLength">Maximum length of the stored form in characters (text elements).</param>
    public static Validated<string> Normalize(string? input, int maxLength = int.MaxValue)
    {
        string text = KanaConverter.ToKatakana(Width.HalfWidthKatakanaToFullWidth(input ?? string.Empty));
        var sb = new StringBuilder(text.Length);
        int position = 0;
        bool pendingSpace = false;
        foreach (string element in CharacterNames.Elements(text))
        {
            position++;
            if (element is " " or "\u3000")
            {
                pendingSpace = sb.Length > 0;
                continue;
            }

            if (element.Length != 1 || !IsAllowed(element[0]))
            {
                string original = CharacterNames.Elements(input ?? string.Empty).ElementAtOrDefault(position - 1) ?? element;
                return Validated.Fail<string>(CharacterNames.NotAllowed(original, position, "フリガナ", "furigana (kana only)"));
            }

            if (pendingSpace)
            {
                sb.Append('\u3000');
                pendingSpace = false;
            }

            sb.Append(element);
        }

        if (sb.Length == 0)
        {
            return Validated.Fail<string>(new Message("フリガナを入力してください。", "Enter the furigana."));
        }

        return sb.Length > maxLength
            ? Validated.Fail<string>(new Message($"フリガナは{maxLength}文字以内で入力してください。", $"Enter at most {maxLength} characters of furigana."))
            : Validated.Ok(sb.ToString());
    }

    /// <summary>Katakana, the long-vowel mark ー and the middle dot ・ used between parts of foreign names.</summary>
    public static bool IsAllowed(char c) => KanaConverter.IsKatakana(c) || c is 'ー' or '・';
}
