using Madoguchi.Core.Cases.Exports.Csv;

namespace Madoguchi.Core.Tests.Cases.Exports;

public sealed class ShiftJisTests
{
    [Theory]
    [InlineData("山田 太郎（ヤマダ タロウ）")]
    [InlineData("髙橋 﨑")]          // IBM extensions in CP932
    [InlineData("①㈱Ⅹ№")]          // NEC special characters in CP932 (Ⅰ to Ⅹ only)
    [InlineData("10:00～12:00")]     // U+FF5E, CP932's wave dash
    [InlineData("ｶﾀｶﾅ abc 123")]
    public void Text_that_code_page_932_holds_is_not_reported(string text) =>
        Assert.Empty(new ShiftJis().Unmappable(text));

    [Theory]
    [InlineData("𠮷田", "𠮷")]                       // U+20BB7, outside the BMP
    [InlineData("葛\U000E0100城", "葛\U000E0100")]  // an IVS: the whole sequence is one character
    [InlineData("犬🐕", "🐕")]
    [InlineData("10:00〜12:00", "〜")]              // U+301C is not CP932's wave dash
    [InlineData("𩸽", "𩸽")]
    [InlineData("Ⅻ", "Ⅻ")]
    public void Each_character_shift_jis_cannot_hold_is_reported_whole(string text, string expected) =>
        Assert.Equal([expected], new ShiftJis().Unmappable(text));

    [Fact]
    public void Several_unmappable_characters_are_each_reported_in_order() =>
        Assert.Equal(["𠮷", "葛\U000E0100", "🐕"], new ShiftJis().Unmappable("𠮷田 葛\U000E0100子 🐕"));

    [Fact]
    public void Replacing_puts_one_geta_mark_for_each_unmappable_character_and_keeps_the_rest()
    {
        var replaced = new ShiftJis().ReplaceUnmappable("𠮷田 葛\U000E0100子 髙橋①");

        Assert.Equal("〓田 〓子 髙橋①", replaced);
        Assert.Equal(replaced, ShiftJis.Decode(ShiftJis.Encode(replaced)));
    }

    [Fact]
    public void Encoding_is_code_page_932_byte_for_byte() =>
        Assert.Equal([0x8E, 0x52, 0x93, 0x63, 0x87, 0x40, 0x81, 0xAC, 0x41], ShiftJis.Encode("山田①〓A"));

    [Fact]
    public void Encoding_an_unchecked_unmappable_character_throws_rather_than_writing_a_question_mark() =>
        Assert.ThrowsAny<ArgumentException>(() => ShiftJis.Encode("𠮷"));
}
