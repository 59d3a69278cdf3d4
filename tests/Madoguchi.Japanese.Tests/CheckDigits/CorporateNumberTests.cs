using Madoguchi.Japanese.CheckDigits;

namespace Madoguchi.Japanese.Tests.CheckDigits;

public class CorporateNumberTests
{
    // 国税庁 7000012050002: base 000012050002, Σ from the right = 2·1 + 5·1 + 2·1 + 1·2 = 11; 9 − 11 mod 9 = 7.
    [Theory]
    [InlineData("7000012050002")]
    [InlineData("7-0000-1205-0002")]
    [InlineData("７００００１２０５０００２")]
    public void Accepts_valid_numbers(string input) => Assert.True(CorporateNumber.IsValid(input));

    [Theory]
    [InlineData("1000012050002")]
    [InlineData("700001205000")]
    [InlineData("70000120500021")]
    [InlineData("70000120500O2")]
    public void Rejects_invalid_numbers(string input) => Assert.False(CorporateNumber.IsValid(input));

    [Fact]
    public void Check_digit_of_all_zero_base_is_nine() => Assert.Equal(9, CorporateNumber.ComputeCheckDigit("000000000000"));

    [Fact]
    public void Masking_keeps_the_tail() => Assert.Equal("*********0002", Masking.KeepLast("7000012050002", 4));
}
