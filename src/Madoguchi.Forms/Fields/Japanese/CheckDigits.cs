namespace Madoguchi.Forms.Fields.Japanese;

internal static class CheckDigits
{
    /// <summary>
    /// 個人番号: 行政手続における特定の個人を識別するための番号の利用等に関する法律施行令 第8条.
    /// For digits P1..P11 counted from the right of the first 11, weight Q = n+1 (n ≤ 6) or n−5 (n ≥ 7);
    /// check = 11 − (Σ P×Q mod 11), or 0 when the remainder is 0 or 1.
    /// </summary>
    public static bool IsValidIndividualNumber(string digits)
    {
        if (digits.Length != 12 || !digits.All(char.IsAsciiDigit))
        {
            return false;
        }
        var sum = 0;
        for (var n = 1; n <= 11; n++)
        {
            var p = digits[11 - n] - '0';
            sum += p * (n <= 6 ? n + 1 : n - 5);
        }
        var remainder = sum % 11;
        var check = remainder <= 1 ? 0 : 11 - remainder;
        return digits[11] - '0' == check;
    }

    /// <summary>
    /// 法人番号: 法人番号の指定等に関する省令 第2条. The first digit is the check digit:
    /// 9 − (Σ over the 12 base digits from the right, weighted 1, 2, 1, 2, … mod 9).
    /// </summary>
    public static bool IsValidCorporateNumber(string digits)
    {
        if (digits.Length != 13 || !digits.All(char.IsAsciiDigit))
        {
            return false;
        }
        var sum = 0;
        for (var n = 1; n <= 12; n++)
        {
            var p = digits[13 - n] - '0';
            sum += p * (n % 2 == 1 ? 1 : 2);
        }
        return digits[0] - '0' == 9 - (sum % 9);
    }
}
