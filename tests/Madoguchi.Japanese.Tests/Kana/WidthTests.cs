using FsCheck.Xunit;

using Madoguchi.Japanese.Kana;
using Madoguchi.Japanese.Text;

namespace Madoguchi.Japanese.Tests.Kana;

[Properties(Arbitrary = [typeof(TextGenerators)])]
public class WidthTests
{
    [Theory]
    [InlineData("ｶﾞ", "ガ")]
    [InlineData("ﾊﾟﾋﾟﾌﾟﾍﾟﾎﾟ", "パピプペポ")]
    [InlineData("ｳﾞｧｲｵﾘﾝ", "ヴァイオリン")]
    [InlineData("ﾔﾏﾀﾞ ﾀﾛｳ", "ヤマダ タロウ")]
    [InlineData("ｱﾞ", "ア\u3099")]
    [InlineData("ﾞ", "\u3099")]
    [InlineData("｢ｺｰﾋｰ｣｡", "「コーヒー」。")]
    public void Half_width_katakana_becomes_full_width_with_marks_composed(string input, string expected) =>
        Assert.Equal(expected, Width.HalfWidthKatakanaToFullWidth(input));

    [Theory]
    [InlineData("ＡＢＣ１２３　－（）", "ABC123 -()")]
    [InlineData("山田ｱ", "山田ｱ")]
    public void Full_width_ascii_becomes_ascii(string input, string expected) => Assert.Equal(expected, Width.FullWidthAsciiToHalfWidth(input));

    [Theory]
    [InlineData('ガ', "ｶﾞ")]
    [InlineData('ポ', "ﾎﾟ")]
    [InlineData('ヴ', "ｳﾞ")]
    [InlineData('ヅ', "ﾂﾞ")]
    [InlineData('ヲ', "ｦ")]
    [InlineData('ヶ', null)]
    public void Katakana_splits_into_half_width(char input, string? expected) => Assert.Equal(expected, Width.KatakanaToHalfWidth(input));

    [Property]
    public bool Widening_is_idempotent(JapaneseText text)
    {
        string once = Width.HalfWidthKatakanaToFullWidth(text.Value);
        return Width.HalfWidthKatakanaToFullWidth(once) == once;
    }

    [Property]
    public bool Widening_keeps_what_a_person_sees_as_characters(KanaInput text) =>
        TextElements.Count(Width.HalfWidthKatakanaToFullWidth(text.Value)) == TextElements.Count(text.Value);

    [Property]
    public bool Narrowing_ascii_is_idempotent(JapaneseText text)
    {
        string once = Width.FullWidthAsciiToHalfWidth(text.Value);
        return Width.FullWidthAsciiToHalfWidth(once) == once && once.Length == text.Value.Length;
    }

    [Fact]
    public void Every_full_width_katakana_with_a_half_width_form_round_trips()
    {
        for (char c = '\u30A1'; c <= '\u30FA'; c++)
        {
            string? half = Width.KatakanaToHalfWidth(c);
            if (half is not null)
            {
                Assert.Equal(c.ToString(), Width.HalfWidthKatakanaToFullWidth(half));
            }
        }
    }
}
