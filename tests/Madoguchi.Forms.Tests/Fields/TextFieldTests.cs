using Madoguchi.Forms.Definitions;

using static Madoguchi.Forms.Tests.Fields.Harness;

namespace Madoguchi.Forms.Tests.Fields;

public class TextFieldTests
{
    [Fact]
    public void Text_is_stored_exactly_as_typed_without_normalisation() =>
        Assert.Equal("  ｱｲｳ　髙橋 ", Run("text", "  ｱｲｳ　髙橋 ").Value!.GetValue<string>());

    [Fact]
    public void Ivs_and_compatibility_ideographs_are_kept_byte_exact()
    {
        var typed = "葛\U000E0100城市 \uFA19社";
        Assert.Equal(typed, Run("text", typed).Value!.GetValue<string>());
        Ok(Run("text", typed, new FieldSettings { MaxLength = 6 }));
    }

    [Fact]
    public void Rejected_character_is_named_with_its_position_and_code_point()
    {
        var message = Run("text", "abc\u202Ed").Issues[0].Message;
        Assert.Equal("項目：4文字目の(U+202E)はこの欄に使えません。", message.Ja);
        Assert.Equal("Item: Character 4 (U+202E) is not allowed in this field.", message.En);
    }

    [Fact]
    public void Noncharacters_are_rejected() => Assert.Equal("invalid_character", Code(Run("text", "a\uFFFFb")));

    [Fact]
    public void Blank_text_is_not_answered() => Assert.Null(Run("text", "   ").Value);

    [Theory]
    [InlineData("a\u0000b")]
    [InlineData("a\u001Bb")]
    [InlineData("a\nb")]
    [InlineData("a\u202Eb")]
    [InlineData("a\u2066b")]
    public void Hostile_characters_are_rejected_with_a_clear_message(string text)
    {
        var result = Run("text", text);
        Assert.Equal("invalid_character", Code(result));
        Assert.StartsWith("項目", result.Issues[0].Message.Ja, StringComparison.Ordinal);
    }

    [Fact]
    public void Unpaired_surrogates_are_rejected()
    {
        Assert.Equal("invalid_character", Code(Run("text", "a" + (char)0xD800 + "b")));
        Assert.Equal("invalid_character", Code(Run("multilineText", "a" + (char)0xDC00)));
    }

    [Fact]
    public void Multiline_text_keeps_newlines_and_tabs() =>
        Assert.Equal("\"a\\r\\nb\\tc\"", Ok(Run("multilineText", "a\r\nb\tc")));

    [Fact]
    public void Multiline_text_still_rejects_other_control_characters() =>
        Assert.Equal("invalid_character", Code(Run("multilineText", "a\u0007b")));

    [Fact]
    public void Length_counts_what_a_person_sees()
    {
        var settings = new FieldSettings { MaxLength = 3 };
        Ok(Run("text", "𠮷野家", settings));
        Ok(Run("text", "か\u3099き", settings));
        Ok(Run("text", "👨‍👩‍👧ab", settings));
        Assert.Equal("too_long", Code(Run("text", "山田太郎", settings)));
    }

    [Fact]
    public void Minimum_length_is_enforced() => Assert.Equal("too_short", Code(Run("text", "a", new FieldSettings { MinLength = 2 })));

    [Fact]
    public void Default_maximum_is_200_characters() => Assert.Equal("too_long", Code(Run("text", new string('あ', 201))));

    [Fact]
    public void Oversized_input_is_rejected_cheaply() => Assert.Equal("too_long", Code(Run("multilineText", new string('a', 10_000_000))));

    [Fact]
    public void Non_string_json_is_a_wrong_type() => Assert.Equal("invalid_type", Code(RunJson("text", "42")));

    [Fact]
    public void Static_text_and_computed_ask_nothing()
    {
        Assert.Null(Run("staticText", "x").Value);
        Assert.Null(Run("computed", "x").Value);
    }
}
