using System.Text;

namespace Madoguchi.Forms.Fields.Japanese;

/// <summary>
/// Folds full-width ASCII (Ｕ+FF01–FF5E) and dash look-alikes to ASCII for codes and numbers only.
/// Names and free text are never folded: they are stored as typed.
/// </summary>
internal static class Width
{
    /// <summary>dashes: also fold ー and other dash look-alikes, which IMEs produce in phone numbers.</summary>
    public static string FoldAscii(string text, bool dashes = false)
    {
        if (text.All(char.IsAscii))
        {
            return text;
        }
        var builder = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            builder.Append(dashes && IsDash(ch) ? '-' : Fold(ch));
        }
        return builder.ToString();
    }

    private static char Fold(char ch) => ch switch
    {
        >= '\uFF01' and <= '\uFF5E' => (char)(ch - 0xFEE0),
        '\u3000' => ' ',
        _ => ch,
    };

    private static bool IsDash(char ch) =>
        ch is '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' or '\u30FC' or '\uFF70' or '\uFF0D';

    /// <summary>Digits only, after folding and dropping spaces and hyphens; null when anything else is left.</summary>
    public static string? DigitsOnly(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var ch in FoldAscii(text, dashes: true))
        {
            if (char.IsAsciiDigit(ch))
            {
                builder.Append(ch);
            }
            else if (ch is not (' ' or '-'))
            {
                return null;
            }
        }
        return builder.ToString();
    }
}
