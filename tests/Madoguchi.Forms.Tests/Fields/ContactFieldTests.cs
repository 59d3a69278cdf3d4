using static Madoguchi.Forms.Tests.Fields.Harness;

namespace Madoguchi.Forms.Tests.Fields;

public class ContactFieldTests
{
    [Theory]
    [InlineData("taro@example.jp", "taro@example.jp")]
    [InlineData("ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ", "taro@example.jp")]
    [InlineData(" hanako.y+city@mail.example.co.jp ", "hanako.y+city@mail.example.co.jp")]
    public void Email_is_folded_and_trimmed(string raw, string expected) => Assert.Equal($"\"{expected}\"", Ok(Run("email", raw)));

    [Theory]
    [InlineData("taro")]
    [InlineData("taro@")]
    [InlineData("taro@localhost")]
    [InlineData("ta ro@example.jp")]
    [InlineData("taro@exa_mple.jp")]
    public void Bad_email_is_rejected(string raw) => Assert.Equal("invalid_email", Code(Run("email", raw)));

    [Fact]
    public void Very_long_email_is_rejected() => Assert.Equal("invalid_email", Code(Run("email", new string('a', 250) + "@example.jp")));

    [Theory]
    [InlineData("03-1234-5678", "03-1234-5678")]
    [InlineData("０３ー１２３４ー５６７８", "03-1234-5678")]
    [InlineData("0312345678", "03-1234-5678")]
    [InlineData("09012345678", "090-1234-5678")]
    [InlineData("0120123456", "0120-123-456")]
    [InlineData("0422-12-3456", "0422-12-3456")]
    [InlineData("045(123)4567", "045-123-4567")]
    [InlineData("０７４４（２２）４００１", "0744-22-4001")]
    [InlineData("0744224001", "0744-22-4001")]
    [InlineData("074-422-4001", "0744-22-4001")]
    [InlineData("+81 90-1234-5678", "090-1234-5678")]
    public void Phone_is_stored_with_hyphens(string raw, string expected) => Assert.Equal($"\"{expected}\"", Ok(Run("phone", raw)));

    [Theory]
    [InlineData("12345")]
    [InlineData("1234567890")]
    [InlineData("090-1234-56789")]
    [InlineData("電話")]
    public void Bad_phone_is_rejected(string raw) => Assert.Equal("invalid_phone", Code(Run("phone", raw)));

    [Fact]
    public void Phone_message_names_the_field_and_gives_an_example() =>
        Assert.Equal("項目：電話番号の形式が正しくありません（例：03-1234-5678、090-1234-5678）。", Run("phone", "12345").Issues[0].Message.Ja);

    [Theory]
    [InlineData("123-4567")]
    [InlineData("1234567")]
    [InlineData("〒１２３－４５６７")]
    [InlineData("１２３ー４５６７")]
    public void Postal_code_is_stored_as_nnn_nnnn(string raw) => Assert.Equal("\"123-4567\"", Ok(Run("postalCode", raw)));

    [Theory]
    [InlineData("123-456")]
    [InlineData("12345678")]
    [InlineData("abc-defg")]
    public void Bad_postal_code_is_rejected(string raw) => Assert.Equal("invalid_postal_code", Code(Run("postalCode", raw)));
}
