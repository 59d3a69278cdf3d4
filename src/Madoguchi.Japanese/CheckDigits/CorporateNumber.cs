namespace Madoguchi.Japanese.CheckDigits;

/// <summary>法人番号: a check digit followed by 12 base digits.</summary>
public static class CorporateNumber
{
    /// <summary>
    /// 法人番号の指定等に関する省令 第2条: check = 9 − (Σ Pn × Qn mod 9), Pn the nth digit counted from the right of
    /// the 12 base digits, Qn = 1 when n is odd and 2 when n is even.
    /// </summary>
    public static int ComputeCheckDigit(ReadOnlySpan<char> base12)
    {
        if (base12.Length != 12 || !base12.ContainsOnlyDigits())
        {
            throw new ArgumentException("Exactly 12 ASCII digits are required.", nameof(base12));
        }

        int sum = 0;
        for (int n = 1; n <= 12; n++)
        {
            sum += (base12[12 - n] - '0') * (n % 2 == 1 ? 1 : 2);
        }

        return 9 - (sum % 9);
    }

    public static bool IsValid(string? input) => Validate(input).IsValid;

    public static Validated<string> Validate(string? input)
    {
        string? digits = DigitInput.Digits(input, 13);
        if (digits is null)
        {
            return Validated.Fail<string>(new Message("法人番号は13桁の数字で入力してください。", "The corporate number must be 13 digits."));
        }

        return ComputeCheckDigit(digits.AsSpan(1)) == digits[0] - '0'
            ? Validated.Ok(digits)
            : Validated.Fail<string>(new Message("法人番号が正しくありません（検査用数字が一致しません）。", "The corporate number is wrong (check digit mismatch)."));
    }
}
