using Madoguchi.Japanese.Kana;

namespace Madoguchi.Japanese.CheckDigits;

/// <summary>Digits typed with full-width digits, spaces or hyphens (1234-5678-9018, １２３４ ５６７８ ９０１８).</summary>
internal static class DigitInput
{
    public static string? Digits(string? input, int length)
    {
        string text = Dashes.Fold(Width.FullWidthAsciiToHalfWidth(input ?? string.Empty));
        string digits = new(text.Where(c => c is not (' ' or '-')).ToArray());
        return digits.Length == length && digits.All(char.IsAsciiDigit) ? digits : null;
    }
}
