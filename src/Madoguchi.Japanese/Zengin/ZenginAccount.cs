namespace Madoguchi.Japanese.Zengin;

/// <summary>A bank account in 全銀 form: 金融機関コード (4), 支店コード (3), 預金種目, 口座番号 (7, zero-padded).</summary>
public sealed record ZenginAccount(string BankCode, string BranchCode, AccountType Type, string AccountNumber);
