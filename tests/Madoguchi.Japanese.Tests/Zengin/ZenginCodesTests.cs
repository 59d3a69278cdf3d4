using Madoguchi.Japanese.Zengin;

namespace Madoguchi.Japanese.Tests.Zengin;

public class ZenginCodesTests
{
    [Fact]
    public void Bank_and_branch_codes_have_fixed_lengths()
    {
        Assert.Equal("0001", ZenginCodes.BankCode("０００１").Value);
        Assert.False(ZenginCodes.BankCode("001").IsValid);
        Assert.Equal("123", ZenginCodes.BranchCode("123").Value);
        Assert.False(ZenginCodes.BranchCode("12a").IsValid);
    }

    [Theory]
    [InlineData("1234", "0001234")]
    [InlineData("１２３４５６７", "1234567")]
    public void Account_numbers_are_zero_padded_to_seven(string input, string expected) => Assert.Equal(expected, ZenginCodes.AccountNumber(input).Value);

    [Theory]
    [InlineData("")]
    [InlineData("12345678")]
    [InlineData("12-34")]
    public void Rejects_bad_account_numbers(string input) => Assert.False(ZenginCodes.AccountNumber(input).IsValid);

    [Theory]
    [InlineData("普通", AccountType.Ordinary)]
    [InlineData("普通預金", AccountType.Ordinary)]
    [InlineData("当座", AccountType.Current)]
    [InlineData("4", AccountType.Savings)]
    public void Account_types_map_to_zengin_codes(string input, AccountType expected)
    {
        Assert.Equal(expected, ZenginCodes.AccountType(input).Value);
        Assert.False(ZenginCodes.AccountType("定期").IsValid);
        Assert.Equal(4, (int)AccountType.Savings);
    }

    [Theory]
    [InlineData("10180", "12345671", "018", AccountType.Ordinary, "1234567")]
    [InlineData("13260", "1234561", "328", AccountType.Ordinary, "0123456")]
    [InlineData("00120", "123456", "019", AccountType.Current, "0123456")]
    public void Japan_post_bank_symbols_convert_to_zengin(string symbol, string number, string branch, AccountType type, string account)
    {
        ZenginAccount result = JapanPostBank.ToZengin(symbol, number).Value!;
        Assert.Equal(new ZenginAccount("9900", branch, type, account), result);
    }

    [Theory]
    [InlineData("1018", "12345671")]
    [InlineData("10180", "12345670")]
    [InlineData("20180", "1234561")]
    public void Rejects_bad_japan_post_bank_numbers(string symbol, string number) => Assert.False(JapanPostBank.ToZengin(symbol, number).IsValid);
}
