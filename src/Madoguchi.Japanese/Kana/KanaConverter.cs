namespace Madoguchi.Japanese.Kana;

/// <summary>Hiragana ↔ katakana. Unicode places the two syllabaries 0x60 apart (ぁ U+3041 ↔ ァ U+30A1 … ゖ U+3096 ↔ ヶ U+30F6).</summary>
public static class KanaConverter
{
    private const int Offset = 0x60;

    public static string ToKatakana(string text) => Map(text, c => c is >= '\u3041' and <= '\u3096' or '\u309D' or '\u309E' ? (char)(c + Offset) : c);

    /// <summary>ヷヸヹヺ have no single hiragana counterpart and stay katakana.</summary>
    public static string ToHiragana(string text) => Map(text, c => c is >= '\u30A1' and <= '\u30F6' or '\u30FD' or '\u30FE' ? (char)(c - Offset) : c);

    public static bool IsHiragana(char c) => c is >= '\u3041' and <= '\u3096' or '\u309D' or '\u309E';

    public static bool IsKatakana(char c) => c is >= '\u30A1' and <= '\u30FA' or '\u30FD' or '\u30FE';

    private static string Map(string text, Func<char, char> map)
    {
        ArgumentNullException.ThrowIfNull(text);
        return string.Create(text.Length, (text, map), static (span, state) =>
        {
            for (int i = 0; i < span.Length; i++)
            {
                span[i] = state.map(state.text[i]);
            }
        });
    }
}
