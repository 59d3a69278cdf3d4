namespace Madoguchi.Forms.Fields.Japanese;

/// <summary>
/// 全銀協 振込依頼人名 characters, shown here in full-width katakana: katakana (the bank export
/// enlarges small kana), A–Z, 0–9, space and ( ) . - / , ー.
/// </summary>
internal static class ZenginText
{
    public static string? FirstInvalid(string text)
    {
        foreach (var ch in text)
        {
            var ok = ch is >= '\u30A1' and <= '\u30F4' or '\u30FC' or ' ' or '\u3000' or (>= 'A' and <= 'Z') or (>= '0' and <= '9')
                or '(' or ')' or '.' or '-' or '/' or ',';
            if (!ok)
            {
                return char.IsSurrogate(ch) ? "?" : ch.ToString();
            }
        }
        return null;
    }
}
