using FsCheck.Xunit;

using Madoguchi.Japanese.Kana;

namespace Madoguchi.Japanese.Tests.Kana;

[Properties(Arbitrary = [typeof(TextGenerators)])]
public class KanaConverterTests
{
    [Property]
    public bool Hiragana_to_katakana_and_back_is_the_identity(HiraganaText text) =>
        KanaConverter.ToHiragana(KanaConverter.ToKatakana(text.Value)) == text.Value;

    [Property]
    public bool Katakana_conversion_is_idempotent(JapaneseText text) =>
        KanaConverter.ToKatakana(KanaConverter.ToKatakana(text.Value)) == KanaConverter.ToKatakana(text.Value);

    [Property]
    public bool Kana_conversion_keeps_the_length(JapaneseText text) =>
        KanaConverter.ToKatakana(text.Value).Length == text.Value.Length && KanaConverter.ToHiragana(text.Value).Length == text.Value.Length;

    [Property]
    public bool Folding_either_way_agrees(JapaneseText text) =>
        KanaConverter.ToHiragana(KanaConverter.ToKatakana(text.Value)) == KanaConverter.ToHiragana(text.Value);

    [Theory]
    [InlineData("やまだ たろう", "ヤマダ タロウ")]
    [InlineData("ぢゃゔぁゝゞ", "ヂャヴァヽヾ")]
    [InlineData("漢字とABC", "漢字トABC")]
    public void Converts_hiragana_to_katakana(string input, string expected) => Assert.Equal(expected, KanaConverter.ToKatakana(input));
}
