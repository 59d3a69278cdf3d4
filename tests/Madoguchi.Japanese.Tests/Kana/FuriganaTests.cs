using FsCheck.Xunit;

using Madoguchi.Japanese.Kana;

namespace Madoguchi.Japanese.Tests.Kana;

[Properties(Arbitrary = [typeof(TextGenerators)])]
public class FuriganaTests
{
    [Theory]
    [InlineData("やまだ　たろう", "ヤマダ　タロウ")]
    [InlineData("ヤマダ タロウ", "ヤマダ　タロウ")]
    [InlineData("  ｶﾞｯｺｳ   ﾀﾛｳ ", "ガッコウ　タロウ")]
    [InlineData("ジョン・スミス", "ジョン・スミス")]
    [InlineData("ゔぁーじにあ", "ヴァージニア")]
    public void Accepts_hiragana_or_katakana_and_stores_katakana(string input, string expected)
    {
        Validated<string> result = Furigana.Normalize(input);
        Assert.True(result.IsValid, result.Error?.En);
        Assert.Equal(expected, result.Value);
    }

    [Theory]
    [InlineData("やま田", "3", "「田」")]
    [InlineData("ヤマダA", "4", "「A」")]
    [InlineData("ヤマ\u0000ダ", "3", "U+0000")]
    public void Rejects_other_characters_naming_the_character(string input, string position, string shown)
    {
        Validated<string> result = Furigana.Normalize(input);
        Assert.False(result.IsValid);
        Assert.Contains(position + "文字目", result.Error!.Ja, StringComparison.Ordinal);
        Assert.Contains(shown, result.Error.Ja, StringComparison.Ordinal);
        Assert.Contains(shown, result.Error.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_empty_input() => Assert.False(Furigana.Normalize("　 ").IsValid);

    [Property]
    public bool Normalising_twice_equals_once(KanaInput input)
    {
        Validated<string> once = Furigana.Normalize(input.Value);
        return !once.IsValid || Furigana.Normalize(once.Value).Value == once.Value;
    }

    [Property]
    public bool Nothing_is_lost_or_invented(KanaInput input)
    {
        Validated<string> result = Furigana.Normalize(input.Value);
        int typed = Madoguchi.Japanese.Text.TextElements.Count(input.Value.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("\u3000", string.Empty, StringComparison.Ordinal));
        return !result.IsValid || Madoguchi.Japanese.Text.TextElements.Count(result.Value!.Replace("\u3000", string.Empty, StringComparison.Ordinal)) == typed;
    }

    [Property]
    public bool Valid_results_contain_only_katakana_and_separators(JapaneseText input)
    {
        Validated<string> result = Furigana.Normalize(input.Value);
        return !result.IsValid || result.Value!.All(c => Furigana.IsAllowed(c) || c == '\u3000');
    }
}
