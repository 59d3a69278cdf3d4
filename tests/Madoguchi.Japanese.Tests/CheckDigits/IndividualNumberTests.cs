using FsCheck.Xunit;

using Madoguchi.Japanese.CheckDigits;

namespace Madoguchi.Japanese.Tests.CheckDigits;

public class IndividualNumberTests
{
    // 123456789018: Σ = 1·6+2·5+3·4+4·3+5·2+6·7+7·6+8·5+9·4+0·3+1·2 = 212; 212 mod 11 = 3; 11 − 3 = 8.
    [Theory]
    [InlineData("123456789018")]
    [InlineData("1234 5678 9018")]
    [InlineData("１２３４-５６７８-９０１８")]
    [InlineData("000000000000")]
    [InlineData("111111111118")]
    public void Accepts_valid_numbers(string input) => Assert.True(IndividualNumber.IsValid(input));

    [Theory]
    [InlineData("123456789010")]
    [InlineData("123456789019")]
    [InlineData("12345678901")]
    [InlineData("1234567890180")]
    [InlineData("12345678901A")]
    [InlineData("")]
    [InlineData(null)]
    public void Rejects_invalid_numbers(string? input) => Assert.False(IndividualNumber.IsValid(input));

    [Theory]
    [InlineData("00000000000", 0)]
    [InlineData("12345678901", 8)]
    [InlineData("00000000006", 0)]
    public void Remainder_zero_or_one_gives_check_digit_zero(string first11, int expected) =>
        Assert.Equal(expected, IndividualNumber.ComputeCheckDigit(first11));

    [Fact]
    public void Masks_all_but_the_last_four() => Assert.Equal("********9018", IndividualNumber.Mask("123456789018"));

    [Property]
    public bool Appending_the_computed_digit_gives_a_valid_number(long seed)
    {
        string first11 = (Math.Abs(seed % 100_000_000_000L)).ToString("D11", System.Globalization.CultureInfo.InvariantCulture);
        return IndividualNumber.IsValid(first11 + IndividualNumber.ComputeCheckDigit(first11));
    }

    [Property]
    public bool Changing_one_digit_is_detected(long seed, int position, int delta)
    {
        string first11 = (Math.Abs(seed % 100_000_000_000L)).ToString("D11", System.Globalization.CultureInfo.InvariantCulture);
        char[] number = (first11 + IndividualNumber.ComputeCheckDigit(first11)).ToCharArray();
        int p = Math.Abs(position % 11);
        int d = 1 + Math.Abs(delta % 9);
        number[p] = (char)('0' + ((number[p] - '0' + d) % 10));
        string changed = new(number);
        int recomputed = IndividualNumber.ComputeCheckDigit(changed.AsSpan(0, 11));
        return IndividualNumber.IsValid(changed) == (recomputed == changed[11] - '0');
    }
}
