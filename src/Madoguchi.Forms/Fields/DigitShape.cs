using Madoguchi.Japanese.Kana;

namespace Madoguchi.Forms.Fields;

/// <summary>
/// Whether an answer has the right number of digits, read the way the library's check-digit validators read it
/// (full width folded, spaces and dashes dropped). Their results carry only a message, and a wrong length
/// (invalid_digits) must stay distinguishable from a wrong check digit (invalid_check_digit).
/// </summary>
internal static class DigitShape
{
    public static bool HasDigits(string text, int length)
    {
        var count = 0;
        foreach (var ch in Dashes.Fold(Width.FullWidthAsciiToHalfWidth(text)))
        {
            if (char.IsAsciiDigit(ch))
            {
                count++;
            }
            else if (ch is not (' ' or '-'))
            {
                return false;
            }
        }
        return count == length;
    }
}
