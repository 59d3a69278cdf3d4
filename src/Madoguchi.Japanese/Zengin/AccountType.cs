namespace Madoguchi.Japanese.Zengin;

/// <summary>預金種目 as coded in the 全銀協 transfer format.</summary>
public enum AccountType
{
    /// <summary>普通預金</summary>
    Ordinary = 1,

    /// <summary>当座預金</summary>
    Current = 2,

    /// <summary>貯蓄預金</summary>
    Savings = 4,
}
