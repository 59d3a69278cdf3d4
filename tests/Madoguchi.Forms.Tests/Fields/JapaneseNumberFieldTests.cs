using static Madoguchi.Forms.Tests.Fields.Harness;

namespace Madoguchi.Forms.Tests.Fields;

public class JapaneseNumberFieldTests
{
    [Theory]
    [InlineData("123456789018")]
    [InlineData("1234 5678 9018")]
    [InlineData("１２３４－５６７８－９０１８")]
    public void Valid_individual_number_is_stored_as_12_digits(string raw) => Assert.Equal("\"123456789018\"", Ok(Run("individualNumber", raw)));

    [Fact]
    public void Individual_number_with_a_wrong_check_digit_is_rejected_without_echoing_it()
    {
        var result = Run("individualNumber", "123456789012");
        Assert.Equal("invalid_check_digit", Code(result));
        Assert.DoesNotContain("123456789012", result.Issues[0].Message.Ja, StringComparison.Ordinal);
        Assert.Equal("項目：個人番号が正しくありません（検査用数字が一致しません）。", result.Issues[0].Message.Ja);
    }

    [Theory]
    [InlineData("12345678901")]
    [InlineData("1234567890123")]
    [InlineData("12345678901a")]
    public void Individual_number_of_wrong_length_is_rejected(string raw) => Assert.Equal("invalid_digits", Code(Run("individualNumber", raw)));

    [Theory]
    [InlineData("000000000019")]
    [InlineData("987654321018")]
    public void Check_digit_follows_the_ordinance(string raw) => Ok(Run("individualNumber", raw));

    [Theory]
    [InlineData("7000012050002")]
    [InlineData("2000012010019")]
    [InlineData("７０００－０１２０－５０００２")]
    public void Valid_corporate_number_is_accepted(string raw) => Assert.Matches("^\"[0-9]{13}\"$", Ok(Run("corporateNumber", raw)));

    [Fact]
    public void National_tax_agency_number_is_stored_as_13_digits() => Assert.Equal("\"7000012050002\"", Ok(Run("corporateNumber", "7000012050002")));

    [Fact]
    public void Corporate_number_with_a_wrong_check_digit_is_rejected() => Assert.Equal("invalid_check_digit", Code(Run("corporateNumber", "5011101031999")));

    [Fact]
    public void Corporate_number_of_wrong_length_is_rejected() => Assert.Equal("invalid_digits", Code(Run("corporateNumber", "700001205000")));
}
