using System.Text.Json.Nodes;

using Madoguchi.Forms.Definitions;
using Madoguchi.Forms.Fields.Japanese;

namespace Madoguchi.Forms.Fields;

/// <summary>
/// 振込先口座 in 全銀協 terms: 4-digit bank code, 3-digit branch code, account type, account number
/// (up to 7 digits, zero-padded) and the holder's name in 全銀 characters (katakana, A–Z, 0–9, symbols).
/// </summary>
public sealed class BankAccountField : FieldType
{
    private static readonly string[] Parts = ["bankCode", "branchCode", "accountType", "accountNumber", "holderKana"];
    private static readonly string[] AccountTypes = ["ordinary", "current", "savings"];

    public override string Name => "bankAccount";

    public override FieldResult Normalize(JsonNode? raw, FormComponent component, FieldContext context)
    {
        var input = CompositeInput.Open(raw, component, Parts, out var blankOrWrong);
        if (input is null)
        {
            return blankOrWrong!;
        }
        var accountType = input.Text("accountType", input.Part("預金種目", "account type"), required: true, 10);
        if (accountType is not null && Array.IndexOf(AccountTypes, accountType) < 0)
        {
            input.Fail("accountType", "invalid_choice", Messages.Select(input.Part("預金種目", "account type")));
            accountType = null;
        }
        var value = new JsonObject
        {
            ["bankCode"] = Digits(input, "bankCode", input.Part("金融機関コード", "bank code"), 4, 4),
            ["branchCode"] = Digits(input, "branchCode", input.Part("支店コード", "branch code"), 3, 3),
            ["accountType"] = accountType,
            ["accountNumber"] = Digits(input, "accountNumber", input.Part("口座番号", "account number"), 1, 7)?.PadLeft(7, '0'),
            ["holderKana"] = Holder(input),
        };
        return input.Result(value);
    }

    private static string? Digits(CompositeInput input, string key, FormComponent part, int min, int max)
    {
        var text = input.Text(key, part, required: true, 20);
        var digits = text is null ? null : Width.DigitsOnly(text);
        if (text is not null && (digits is null || digits.Length < min || digits.Length > max))
        {
            var length = min == max ? $"{max}" : $"{min}～{max}";
            input.Fail(key, "invalid_digits", Messages.Of($"{Messages.Ja(part)}は{length}桁の数字で入力してください", $"Enter {Messages.En(part)} as {length.Replace('～', '-')} digits"));
            return null;
        }
        return digits;
    }

    private static string? Holder(CompositeInput input)
    {
        var part = input.Part("口座名義（カナ）", "account holder in kana");
        var text = input.Text("holderKana", part, required: true, 30);
        if (text is null)
        {
            return null;
        }
        var holder = Kana.ToKatakana(Width.FoldAscii(text));
        if (ZenginText.FirstInvalid(holder) is { } bad)
        {
            input.Fail("holderKana", "invalid_kana", Messages.Of($"{Messages.Ja(part)}に使えない文字「{bad}」が含まれています（カタカナ・英大文字・数字で入力してください）", $"{Messages.En(part)} contains \"{bad}\", which banks do not accept (use katakana, capital letters and digits)"));
            return null;
        }
        return holder;
    }
}
