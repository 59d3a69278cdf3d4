using FsCheck.Xunit;

using Madoguchi.Japanese.CheckDigits;
using Madoguchi.Japanese.Kana;
using Madoguchi.Japanese.Phone;
using Madoguchi.Japanese.Postal;
using Madoguchi.Japanese.Wareki;
using Madoguchi.Japanese.Zengin;

namespace Madoguchi.Japanese.Tests;

/// <summary>Every public parser answers hostile input with a message, never an exception or a hang.</summary>
[Properties(Arbitrary = [typeof(TextGenerators)])]
public class HostileInputTests
{
    private static readonly string[] Hostile =
    [
        new string('あ', 1_000_000),
        new string('9', 1_000_000),
        string.Concat(Enumerable.Repeat("令和", 200_000)),
        string.Concat(Enumerable.Repeat("十", 500_000)),
        "\u0000\u0001\u001B[31m",
        "\u202E0312345678",
        new string('\uD800', 1000),
        "ｶ" + new string('\uFF9E', 10_000),
    ];

    public static TheoryData<int> Indexes() => [.. Enumerable.Range(0, Hostile.Length)];

    [Theory]
    [MemberData(nameof(Indexes))]
    public void Parsers_reject_hostile_input_with_a_message(int index)
    {
        string input = Hostile[index];
        Assert.False(Furigana.Normalize(input, maxLength: 100).IsValid);
        Assert.False(WarekiConverter.Parse(input).IsValid);
        Assert.False(PhoneNumbers.Normalize(input).IsValid);
        Assert.False(IndividualNumber.IsValid(input));
        Assert.False(CorporateNumber.IsValid(input));
        Assert.False(ZenginName.ToTransferName(input).IsValid);
        Assert.False(ZenginCodes.AccountNumber(input).IsValid);
        Assert.Empty(PostalCodeIndex.Lookup(input));
    }

    [Property(MaxTest = 300)]
    public bool No_parser_throws_on_raw_utf16(RawUtf16 input)
    {
        string s = input.Value;
        _ = Furigana.Normalize(s);
        _ = WarekiConverter.Parse(s);
        _ = PhoneNumbers.Normalize(s);
        _ = IndividualNumber.Validate(s);
        _ = CorporateNumber.Validate(s);
        _ = ZenginName.ToTransferName(s, abbreviateCorporateForms: true);
        _ = ZenginCodes.AccountType(s);
        _ = JapanPostBank.ToZengin(s, s);
        _ = PostalCodeIndex.Lookup(s);
        return true;
    }
}
