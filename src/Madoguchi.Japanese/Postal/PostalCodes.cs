using Madoguchi.Japanese.Kana;

namespace Madoguchi.Japanese.Postal;

/// <summary>郵便番号 input: 634-0078, 6340078, 〒６３４－００７８ → 6340078.</summary>
public static class PostalCodes
{
    public static Validated<string> Normalize(string? input)
    {
        string text = Dashes.Fold(Width.FullWidthAsciiToHalfWidth(input ?? string.Empty)).Trim().TrimStart('〒').Trim();
        string digits = text.Length == 8 && text[3] == '-' ? text.Remove(3, 1) : text;
        return digits.Length == 7 && digits.All(char.IsAsciiDigit)
            ? Validated.Ok(digits)
            : Validated.Fail<string>(new Message("郵便番号は7桁の数字で入力してください（例：634-0078）。", "A postal code is 7 digits (e.g. 634-0078)."));
    }

    /// <summary>6340078 → 634-0078.</summary>
    public static string Format(string sevenDigits)
    {
        ArgumentNullException.ThrowIfNull(sevenDigits);
        return sevenDigits.Length == 7 ? $"{sevenDigits[..3]}-{sevenDigits[3..]}" : sevenDigits;
    }
}
