using Madoguchi.Forms.Fields.Japanese;

namespace Madoguchi.Forms.Tests.Fields.Japanese;

public class KanaTests
{
    [Theory]
    [InlineData("やまだ たろう", "ヤマダ タロウ")]
    [InlineData("ゔぁいおりん", "ヴァイオリン")]
    [InlineData("カタカナ", "カタカナ")]
    [InlineData("ー・", "ー・")]
    public void Hiragana_becomes_katakana(string input, string expected) => Assert.Equal(expected, Kana.ToKatakana(input));

    [Theory]
    [InlineData("ヤマダ", null)]
    [InlineData("ヤマ田", "田")]
    [InlineData("yamada", "y")]
    [InlineData("ﾔﾏﾀﾞ", "ﾔ")]
    [InlineData("ヤ𠮷", "𠮷")]
    public void The_first_character_that_is_not_kana_is_named(string input, string? expected) => Assert.Equal(expected, Kana.FirstInvalid(input));

    [Theory]
    [InlineData("ヤマダ タロウ", null)]
    [InlineData("ｶ)ﾏﾄﾞｸﾞﾁ", "ｶ")]
    [InlineData("カ)マドグチ", null)]
    [InlineData("yamada", "y")]
    public void Zengin_characters_are_checked(string input, string? expected) => Assert.Equal(expected, ZenginText.FirstInvalid(input));
}
