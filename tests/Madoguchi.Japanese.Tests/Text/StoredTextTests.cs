using FsCheck.Xunit;

using Madoguchi.Japanese.Text;

namespace Madoguchi.Japanese.Tests.Text;

[Properties(Arbitrary = [typeof(TextGenerators)])]
public class StoredTextTests
{
    [Theory]
    [InlineData("\uFA19田")]
    [InlineData("神\U000E0100田")]
    [InlineData("髙﨑　花子")]
    [InlineData("ｶﾞｯｺｳ")]
    public void Valid_text_is_stored_exactly_as_typed(string input) => Assert.Equal(input, StoredText.Validate(input, 50).Value);

    [Fact]
    public void The_compatibility_ideograph_is_not_normalised() =>
        Assert.Equal('\uFA19', StoredText.Validate("\uFA19", 1).Value![0]);

    [Theory]
    [InlineData("神\U000E0100", 1)]
    [InlineData("👨‍👩‍👧", 1)]
    [InlineData("e\u0301", 1)]
    [InlineData("𠮷野家", 3)]
    public void Length_counts_what_a_person_sees(string input, int length)
    {
        Assert.Equal(length, TextElements.Count(input));
        Assert.True(StoredText.Validate(input, length).IsValid);
        Assert.False(StoredText.Validate(input + "a", length).IsValid);
    }

    [Theory]
    [InlineData("山田\u0000")]
    [InlineData("山田\u0007")]
    [InlineData("山田\u007F")]
    [InlineData("山田\u202E太郎")]
    [InlineData("山田\u2066太郎")]
    [InlineData("山田\n太郎")]
    [InlineData("\uFFFF")]
    public void Hostile_characters_are_rejected(string input)
    {
        Validated<string> result = StoredText.Validate(input, 100);
        Assert.False(result.IsValid);
        Assert.Contains("U+", result.Error!.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Unpaired_surrogates_are_rejected()
    {
        // Built at run time: attribute strings cannot carry lone surrogates.
        foreach (string input in new[] { "山田" + '\uD800', '\uDC00' + "山田", "a" + '\uDBFF' + "b" })
        {
            Assert.False(StoredText.Validate(input, 100).IsValid);
        }
    }

    [Fact]
    public void A_rejected_bidi_override_is_named_by_code_point_only()
    {
        Message error = StoredText.Validate("山田\u202E太郎", 100).Error!;
        Assert.Contains("3文字目", error.Ja, StringComparison.Ordinal);
        Assert.Contains("(U+202E)", error.En, StringComparison.Ordinal);
        Assert.DoesNotContain("\u202E", error.Ja, StringComparison.Ordinal);
    }

    [Fact]
    public void Line_breaks_are_allowed_where_asked() => Assert.True(StoredText.Validate("一丁目\r\n二番", 20, allowLineBreaks: true).IsValid);

    [Fact]
    public void A_huge_string_is_rejected_by_length_not_by_crashing() =>
        Assert.False(StoredText.Validate(new string('あ', 2_000_000), 100).IsValid);

    [Property]
    public bool Valid_text_is_returned_unchanged(JapaneseText text)
    {
        Validated<string> result = StoredText.Validate(text.Value, int.MaxValue);
        return result.IsValid && ReferenceEquals(result.Value, text.Value);
    }

    [Property]
    public bool Validation_never_throws(RawUtf16 text)
    {
        Validated<string> result = StoredText.Validate(text.Value, 10);
        return result.IsValid || result.Error is not null;
    }
}
