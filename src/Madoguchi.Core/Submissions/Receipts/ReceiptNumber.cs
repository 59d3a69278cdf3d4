namespace Madoguchi.Core.Submissions.Receipts;

/// <summary>
/// 受付番号: eight Crockford base-32 characters plus one Luhn mod 32 check character, shown as
/// "K7Q-4MX-93P". The eight look random (not sequential) so one receipt tells nothing about another;
/// <see cref="ReceiptNumbers"/> makes them from the application's sequence number. The alphabet has
/// no I, L, O or U so it reads well over the phone; the check character catches every single wrong
/// character and most swapped neighbours.
/// </summary>
public static class ReceiptNumber
{
    internal const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    internal const int PayloadLength = 8;

    /// <summary>Reads what a person typed or said (any case, full width, O for 0, hyphens optional).</summary>
    public static bool TryParse(string? input, out string receiptNumber)
    {
        receiptNumber = "";
        if (input is null || input.Length > 40)
        {
            return false;
        }
        Span<char> chars = stackalloc char[PayloadLength + 1];
        var n = 0;
        foreach (var raw in input)
        {
            var c = Fold(raw);
            if (c is '-' or ' ')
            {
                continue;
            }
            if (Alphabet.IndexOf(c, StringComparison.Ordinal) < 0 || n == chars.Length)
            {
                return false;
            }
            chars[n++] = c;
        }
        if (n != chars.Length || CheckCharacter(chars[..PayloadLength]) != chars[PayloadLength])
        {
            return false;
        }
        receiptNumber = Format(chars);
        return true;
    }

    private static char Fold(char c)
    {
        if (c is >= '！' and <= '～')
        {
            c = (char)(c - 0xFEE0); // full-width ASCII → ASCII
        }
        else if (c is 'ー' or '－' or '‐' or '−' or '　')
        {
            return '-';
        }
        c = char.ToUpperInvariant(c);
        return c switch
        {
            'O' => '0',
            'I' or 'L' => '1',
            _ => c,
        };
    }

    // Luhn mod N (N = 32): doubles every second code point from the right.
    internal static char CheckCharacter(ReadOnlySpan<char> payload)
    {
        const int n = 32;
        var factor = 2;
        var sum = 0;
        for (var i = payload.Length - 1; i >= 0; i--)
        {
            var addend = factor * Alphabet.IndexOf(payload[i], StringComparison.Ordinal);
            factor = factor == 2 ? 1 : 2;
            sum += (addend / n) + (addend % n);
        }
        return Alphabet[(n - (sum % n)) % n];
    }

    internal static string Format(ReadOnlySpan<char> c) => $"{c[..3]}-{c[3..6]}-{c[6..9]}";
}
