using Madoguchi.Japanese.Kana;

namespace Madoguchi.Japanese.Zengin;

/// <summary>Checks the numeric parts of a 全銀 account; each accepts full-width digits.</summary>
public static class ZenginCodes
{
    public static Validated<string> BankCode(string? input) => Exact(input, 4, "金融機関コード", "bank code");

    public static Validated<string> BranchCode(string? input) => Exact(input, 3, "支店コード", "branch code");

    /// <summary>1 to 7 digits, zero-padded on the left to 7 as the transfer format requires.</summary>
    public static Validated<string> AccountNumber(string? input)
    {
        string digits = Digits(input);
        return digits.Length is >= 1 and <= 7 && digits.All(char.IsAsciiDigit)
            ? Validated.Ok(digits.PadLeft(7, '0'))
            : Validated.Fail<string>(new Message("口座番号は7桁以内の数字で入力してください。", "The account number must be 1 to 7 digits."));
    }

    /// <summary>Accepts 普通/当座/貯蓄, the codes 1/2/4, and the names with 預金.</summary>
    public static Validated<AccountType> AccountType(string? input) => Digits(input).Replace("預金", string.Empty, StringComparison.Ordinal) switch
    {
        "普通" or "1" => Validated.Ok(Zengin.AccountType.Ordinary),
        "当座" or "2" => Validated.Ok(Zengin.AccountType.Current),
        "貯蓄" or "4" => Validated.Ok(Zengin.AccountType.Savings),
        _ => Validated.Fail<AccountType>(new Message("預金種目は普通・当座・貯蓄のいずれかです。", "The account type must be ordinary (普通), current (当座) or savings (貯蓄).")),
    };

    private static Validated<string> Exact(string? input, int length, string ja, string en)
    {
        string digits = Digits(input);
        return digits.Length == length && digits.All(char.IsAsciiDigit)
            ? Validated.Ok(digits)
            : Validated.Fail<string>(new Message($"{ja}は{length}桁の数字で入力してください。", $"The {en} must be {length} digits."));
    }

    private static string Digits(string? input) => Width.FullWidthAsciiToHalfWidth(input ?? string.Empty).Trim();
}
