using Madoguchi.Japanese.Kana;

namespace Madoguchi.Japanese.Phone;

/// <summary>
/// Parses Japanese phone numbers typed with or without hyphens, spaces, parentheses, full-width digits, dash variants
/// or a +81 prefix, into one hyphenated form (03-1234-5678, 090-1234-5678, 0120-123-456).
/// </summary>
public static class PhoneNumbers
{
    public static Validated<PhoneNumber> Normalize(string? input)
    {
        string text = Dashes.Fold(Width.FullWidthAsciiToHalfWidth(input ?? string.Empty)).Trim();
        if (text.StartsWith('+'))
        {
            text = text.StartsWith("+81", StringComparison.Ordinal) ? "0" + text[3..].TrimStart(' ', '-', '(', ')').TrimStart('0') : text;
        }

        string digits = new(text.Where(c => c is not (' ' or '-' or '(' or ')')).ToArray());
        if (digits.Length is < 10 or > 11 || !digits.All(char.IsAsciiDigit) || digits[0] != '0')
        {
            return Invalid();
        }

        PhoneNumber? number = Classify(digits);
        return number is null ? Invalid() : Validated.Ok(number);
    }

    private static PhoneNumber? Classify(string d) => (d.Length, d[..3], d[..4]) switch
    {
        (11, _, "0800") => new(d, $"{d[..4]}-{d[4..7]}-{d[7..]}", PhoneNumberKind.FreeDial),
        (11, "070" or "080" or "090", _) => new(d, $"{d[..3]}-{d[3..7]}-{d[7..]}", PhoneNumberKind.Mobile),
        (11, "050", _) => new(d, $"{d[..3]}-{d[3..7]}-{d[7..]}", PhoneNumberKind.IpPhone),
        (10, _, "0120") => new(d, $"{d[..4]}-{d[4..7]}-{d[7..]}", PhoneNumberKind.FreeDial),
        (10, _, "0570") => new(d, $"{d[..4]}-{d[4..7]}-{d[7..]}", PhoneNumberKind.NaviDial),
        (10, _, _) when d[1] != '0' && d[..3] is not ("050" or "070" or "080" or "090" or "020" or "060") => FixedLine(d),
        _ => null,
    };

    private static PhoneNumber FixedLine(string d)
    {
        int area = AreaCodes.LengthFor(d);
        return new(d, $"{d[..area]}-{d[area..6]}-{d[6..]}", PhoneNumberKind.FixedLine);
    }

    private static Validated<PhoneNumber> Invalid() =>
        Validated.Fail<PhoneNumber>(new Message("電話番号の形式が正しくありません（例：03-1234-5678、090-1234-5678）。", "Not a valid Japanese phone number (e.g. 03-1234-5678 or 090-1234-5678)."));
}
