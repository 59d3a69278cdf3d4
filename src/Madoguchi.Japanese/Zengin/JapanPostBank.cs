using Madoguchi.Japanese.Kana;

namespace Madoguchi.Japanese.Zengin;

/// <summary>
/// ゆうちょ銀行 記号・番号 → 全銀 account, as ゆうちょ銀行 publishes for receiving transfers from other banks:
/// bank code 9900; 通常貯金 (記号 1xxxx, 番号 ending in 1): 店番 = 記号 digits 2–3 + "8", 普通, 口座番号 = 番号 without its
/// last digit; 振替口座 (記号 0xxxx): 店番 = 記号 digits 2–3 + "9", 当座, 口座番号 = 番号 zero-padded to 7.
/// </summary>
public static class JapanPostBank
{
    public const string BankCode = "9900";

    public static Validated<ZenginAccount> ToZengin(string? symbol, string? number)
    {
        string s = Width.FullWidthAsciiToHalfWidth(symbol ?? string.Empty).Trim();
        string n = Width.FullWidthAsciiToHalfWidth(number ?? string.Empty).Trim();
        if (s.Length != 5 || !s.All(char.IsAsciiDigit) || n.Length == 0 || !n.All(char.IsAsciiDigit))
        {
            return Invalid();
        }

        if (s[0] == '1' && n.Length <= 8 && n[^1] == '1')
        {
            return Validated.Ok(new ZenginAccount(BankCode, s[1..3] + "8", AccountType.Ordinary, n[..^1].PadLeft(7, '0')));
        }

        if (s[0] == '0' && n.Length <= 7)
        {
            return Validated.Ok(new ZenginAccount(BankCode, s[1..3] + "9", AccountType.Current, n.PadLeft(7, '0')));
        }

        return Invalid();
    }

    private static Validated<ZenginAccount> Invalid() =>
        Validated.Fail<ZenginAccount>(new Message("ゆうちょ銀行の記号（5桁）・番号が正しくありません。", "The ゆうちょ銀行 symbol (5 digits) or number is not valid."));
}
