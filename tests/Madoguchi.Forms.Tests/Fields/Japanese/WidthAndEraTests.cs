using Madoguchi.Forms.Fields.Japanese;

namespace Madoguchi.Forms.Tests.Fields.Japanese;

public class WidthAndEraTests
{
    [Fact]
    public void Full_width_ascii_is_folded_but_kana_is_not() => Assert.Equal("AB12-ー", Width.FoldAscii("ＡＢ１２－ー"));

    [Fact]
    public void Dashes_are_folded_only_when_asked() => Assert.Equal("090-1234", Width.FoldAscii("０９０ー１２３４", dashes: true));

    [Theory]
    [InlineData("03-1234 5678", "0312345678")]
    [InlineData("０３（１２３４）", null)]
    [InlineData("12a", null)]
    public void Digits_only_drops_separators(string input, string? expected) => Assert.Equal(expected, Width.DigitsOnly(input));

    [Fact]
    public void Eras_are_contiguous()
    {
        for (var i = 1; i < Era.All.Length; i++)
        {
            Assert.Equal(Era.All[i - 1].End!.Value.AddDays(1), Era.All[i].Start);
        }
    }

    [Theory]
    [InlineData("令和", "令和")]
    [InlineData("r", "令和")]
    [InlineData("H", "平成")]
    [InlineData("X", null)]
    public void Eras_are_found_by_name_or_letter(string input, string? expected) => Assert.Equal(expected, Era.Find(input)?.Name);
}
