using System.Text.Json.Nodes;

using Madoguchi.Forms.Definitions;
using Madoguchi.Japanese;
using Madoguchi.Japanese.Kana;
using Madoguchi.Japanese.Zengin;

namespace Madoguchi.Forms.Fields;

/// <summary>
/// 振込先口座 in 全銀協 terms, checked by <see cref="ZenginCodes"/>: 4-digit bank code, 3-digit branch code,
/// account type, account number (up to 7 digits, zero-padded), and the holder's name, which must be
/// representable in a transfer file (<see cref="ZenginName.ToTransferName"/>).
/// </summary>
public sealed class BankAccountField : FieldType
{
    private static readonly string[] Parts = ["bankCode", "branchCode", "accountType", "accountNumber", "holderKana"];

    public override string Name => "bankAccount";

    public override FieldResult Normalize(JsonNode? raw, FormComponent component, FieldContext context)
    {
        var input = CompositeInput.Open(raw, component, Parts, out var blankOrWrong);
        if (input is null)
        {
            return blankOrWrong!;
        }
        var accountType = AccountTypeOf(input);
        var value = new JsonObject
        {
            ["bankCode"] = Code(input, "bankCode", input.Part("金融機関コード", "bank code"), ZenginCodes.BankCode),
            ["branchCode"] = Code(input, "branchCode", input.Part("支店コード", "branch code"), ZenginCodes.BranchCode),
            ["accountType"] = accountType,
            ["accountNumber"] = Code(input, "accountNumber", input.Part("口座番号", "account number"), ZenginCodes.AccountNumber),
            ["holderKana"] = Holder(input),
        };
        return input.Result(value);
    }

    /// <summary>
    /// The stored value is the web form's choice value (ordinary | current | savings, docs/form-schema.md);
    /// the 全銀 codes 1/2/4 and 普通/当座/貯蓄 are read by <see cref="ZenginCodes.AccountType"/>.
    /// </summary>
    private static string? AccountTypeOf(CompositeInput input)
    {
        var part = input.Part("預金種目", "account type");
        var text = input.Text("accountType", part, required: true, 10);
        if (text is null or "ordinary" or "current" or "savings")
        {
            return text;
        }
        var type = ZenginCodes.AccountType(text);
        if (type.Error is { } error)
        {
            input.Fail("accountType", "invalid_choice", Detail.At(part, error));
            return null;
        }
        return type.Value switch
        {
            AccountType.Current => "current",
            AccountType.Savings => "savings",
            _ => "ordinary",
        };
    }

    private static string? Code(CompositeInput input, string key, FormComponent part, Func<string?, Validated<string>> check)
    {
        var text = input.Text(key, part, required: true, 20);
        if (text is null)
        {
            return null;
        }
        var code = check(text);
        if (code.Error is { } error)
        {
            input.Fail(key, "invalid_digits", Detail.At(part, error));
            return null;
        }
        return code.Value;
    }

    /// <summary>
    /// Stored as the resident typed it, with hiragana and half-width katakana folded to full-width katakana and
    /// full-width letters and digits to ASCII; the bank export converts it to the transfer form. Accepted only when
    /// that conversion succeeds and fits the 30 characters of the 受取人名 field (ガ becomes ｶﾞ, two characters).
    /// </summary>
    private static string? Holder(CompositeInput input)
    {
        var part = input.Part("口座名義（カナ）", "account holder in kana");
        var text = input.Text("holderKana", part, required: true, ZenginName.MaxLength);
        if (text is null)
        {
            return null;
        }
        var transfer = ZenginName.ToTransferName(text, maxLength: int.MaxValue);
        if (transfer.Error is { } error)
        {
            input.Fail("holderKana", "invalid_kana", Detail.At(part, error));
            return null;
        }
        if (transfer.Value!.Length > ZenginName.MaxLength)
        {
            input.Fail("holderKana", "too_long", Messages.Of(
                $"{Messages.Ja(part)}は銀行の半角カナで{ZenginName.MaxLength}文字以内にしてください（濁点・半濁点も1文字と数えます。現在{transfer.Value.Length}文字）",
                $"{Messages.En(part)} must be at most {ZenginName.MaxLength} characters in the banks' half-width kana, where voiced marks count as characters (now {transfer.Value.Length})"));
            return null;
        }
        return Width.FullWidthAsciiToHalfWidth(KanaConverter.ToKatakana(Width.HalfWidthKatakanaToFullWidth(text)));
    }
}
