using FsCheck.Xunit;

using Madoguchi.Japanese.Text;

namespace Madoguchi.Japanese.Tests.Text;

[Properties(Arbitrary = [typeof(TextGenerators)])]
public class SearchKeyTests
{
    [Theory]
    [InlineData("\uFA19田", "神田")]
    [InlineData("神\U000E0100田", "神田")]
    [InlineData("辻\uFE00", "辻")]
    [InlineData("やまだ　たろう", "ヤマダタロウ")]
    [InlineData("ﾔﾏﾀﾞ ﾀﾛｳ", "ヤマダタロウ")]
    [InlineData("１丁目２ー３", "1丁目2-3")]
    [InlineData("1‐2―3", "1-2-3")]
    [InlineData("コーヒー", "コーヒー")]
    [InlineData("ＡＢＣ", "abc")]
    [InlineData("㈱やまだ", "(株)ヤマダ")]
    public void Folds_variants_to_one_key(string input, string key) => Assert.Equal(key, SearchKey.For(input));

    [Fact]
    public void Same_person_typed_differently_has_the_same_key() =>
        Assert.Equal(SearchKey.For("髙橋　ﾀﾛｳ"), SearchKey.For("髙橋たろう"));

    [Property]
    public bool Never_throws_on_any_utf16(RawUtf16 text) => SearchKey.For(text.Value) is not null;

    [Property]
    public bool Never_throws_on_any_string(string? text) => SearchKey.For(text) is not null;

    [Property]
    public bool Is_idempotent(JapaneseText text) => SearchKey.For(SearchKey.For(text.Value)) == SearchKey.For(text.Value);

    [Property]
    public bool Is_idempotent_on_raw_input(RawUtf16 text) => SearchKey.For(SearchKey.For(text.Value)) == SearchKey.For(text.Value);

    [Fact]
    public void Handles_a_huge_string() => Assert.Equal(1_000_000, SearchKey.For(new string('ｱ', 1_000_000)).Length);
}
