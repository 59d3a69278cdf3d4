namespace Madoguchi.Japanese.CheckDigits;

/// <summary>個人番号 (My Number): 11 digits and a check digit.</summary>
public static class IndividualNumber
{
    /// <summary>
    /// 行政手続における特定の個人を識別するための番号の利用等に関する法律施行令 第8条 and the 総務省令 that it delegates to:
    /// check = 11 − (Σ Pn × Qn mod 11), Pn the nth digit counted from the right of the 11 base digits,
    /// Qn = n + 1 for 1 ≤ n ≤ 6 and n − 5 for 7 ≤ n ≤ 11 (left to right: 6,5,4,3,2,7,6,5,4,3,2); 0 when the remainder is 0 or 1.
    /// </summary>
    public static int ComputeCheckDigit(ReadOnlySpan<char> first11)
    {
        if (first11.Length != 11 || !first11.ContainsOnlyDigits())
        {
            throw new ArgumentException("Exactly 11 ASCII digits are required.", nameof(first11));
        }

        int sum = 0;
        for (int n = 1; n <= 11; n++)
        {
            int p = first11[11 - n] - '0';
            int q = n <= 6 ? n + 1 : n - 5;
            sum += p * q;
        }

        int remainder = sum % 11;
        return remainder <= 1 ? 0 : 11 - remainder;
    }

    public static bool IsValid(string? input) => Validate(input).IsValid;

    /// <summary>Accepts spaces, hyphens and full-width digits; the stored form is 12 ASCII digits.</summary>
    public static Validated<string> Validate(string? input)
    {
        string? digits = DigitInput.Digits(input, 12);
        if (digits is null)
        {
            return Validated.Fail<string>(new Message("個人番号は12桁の数字で入力してください。", "The individual number must be 12 digits."));
        }

        return ComputeCheckDigit(digits.AsSpan(0, 11)) == digits[11] - '0'
            ? Validated.Ok(digits)
            : Validated.Fail<string>(new Message("個人番号が正しくありません（検査用数字が一致しません）。", "The individual number is wrong (check digit mismatch)."));
    }

    /// <summary>For display: all but the last four digits hidden (********1234).</summary>
    public static string Mask(string digits) => Masking.KeepLast(digits, 4);
}
