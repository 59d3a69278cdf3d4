using FsCheck;
using FsCheck.Xunit;

using Madoguchi.Japanese.Phone;

namespace Madoguchi.Japanese.Tests.Phone;

public class PhoneNumbersTests
{
    [Theory]
    [InlineData("0312345678", "03-1234-5678", PhoneNumberKind.FixedLine)]
    [InlineData("(03)1234-5678", "03-1234-5678", PhoneNumberKind.FixedLine)]
    [InlineData("０６－１２３４－５６７８", "06-1234-5678", PhoneNumberKind.FixedLine)]
    [InlineData("0112345678", "011-234-5678", PhoneNumberKind.FixedLine)]
    [InlineData("0222345678", "022-234-5678", PhoneNumberKind.FixedLine)]
    [InlineData("045 123 4567", "045-123-4567", PhoneNumberKind.FixedLine)]
    [InlineData("0521234567", "052-123-4567", PhoneNumberKind.FixedLine)]
    [InlineData("0751234567", "075-123-4567", PhoneNumberKind.FixedLine)]
    [InlineData("0781234567", "078-123-4567", PhoneNumberKind.FixedLine)]
    [InlineData("0921234567", "092-123-4567", PhoneNumberKind.FixedLine)]
    [InlineData("0742123456", "0742-12-3456", PhoneNumberKind.FixedLine)]
    [InlineData("0744223456", "0744-22-3456", PhoneNumberKind.FixedLine)]
    [InlineData("0422123456", "0422-12-3456", PhoneNumberKind.FixedLine)]
    [InlineData("0466123456", "0466-12-3456", PhoneNumberKind.FixedLine)]
    [InlineData("0499212345", "04992-1-2345", PhoneNumberKind.FixedLine)]
    [InlineData("0593551234", "059-355-1234", PhoneNumberKind.FixedLine)]
    [InlineData("0798123456", "0798-12-3456", PhoneNumberKind.FixedLine)]
    [InlineData("0764441234", "076-444-1234", PhoneNumberKind.FixedLine)]
    [InlineData("0852123456", "0852-12-3456", PhoneNumberKind.FixedLine)]
    [InlineData("09012345678", "090-1234-5678", PhoneNumberKind.Mobile)]
    [InlineData("080ー1234ー5678", "080-1234-5678", PhoneNumberKind.Mobile)]
    [InlineData("070‐1234‐5678", "070-1234-5678", PhoneNumberKind.Mobile)]
    [InlineData("+81 90-1234-5678", "090-1234-5678", PhoneNumberKind.Mobile)]
    [InlineData("+81 (0)3 1234 5678", "03-1234-5678", PhoneNumberKind.FixedLine)]
    [InlineData("05012345678", "050-1234-5678", PhoneNumberKind.IpPhone)]
    [InlineData("0120123456", "0120-123-456", PhoneNumberKind.FreeDial)]
    [InlineData("08001234567", "0800-123-4567", PhoneNumberKind.FreeDial)]
    [InlineData("0570123456", "0570-123-456", PhoneNumberKind.NaviDial)]
    public void Stores_one_hyphenated_form(string input, string formatted, PhoneNumberKind kind)
    {
        Validated<PhoneNumber> result = PhoneNumbers.Normalize(input);
        Assert.True(result.IsValid, result.Error?.En);
        Assert.Equal(formatted, result.Value!.Formatted);
        Assert.Equal(kind, result.Value.Kind);
    }

    [Theory]
    [InlineData("")]
    [InlineData("031234567")]
    [InlineData("090123456789")]
    [InlineData("1234567890")]
    [InlineData("0012345678")]
    [InlineData("0901234567")]
    [InlineData("03-1234-567８a")]
    [InlineData("+1 212 555 0100")]
    public void Rejects_what_is_not_a_japanese_number(string input) => Assert.False(PhoneNumbers.Normalize(input).IsValid);

    [Property]
    public bool Normalising_the_stored_form_gives_it_back(NonNull<string> input)
    {
        Validated<PhoneNumber> once = PhoneNumbers.Normalize(input.Get);
        return !once.IsValid || PhoneNumbers.Normalize(once.Value!.Formatted).Value == once.Value;
    }

    [Property]
    public bool Every_ten_digit_fixed_line_keeps_its_digits(int seed)
    {
        string digits = "0" + (1 + Math.Abs(seed % 9)) + Math.Abs(seed % 100_000_000).ToString("D8", System.Globalization.CultureInfo.InvariantCulture);
        Validated<PhoneNumber> result = PhoneNumbers.Normalize(digits);
        return !result.IsValid || (result.Value!.Digits == digits && result.Value.Formatted.Replace("-", string.Empty, StringComparison.Ordinal) == digits);
    }
}
