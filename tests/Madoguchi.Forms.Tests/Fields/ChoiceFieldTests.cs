using System.Text.Json.Nodes;

using Madoguchi.Forms.Definitions;

using static Madoguchi.Forms.Tests.Fields.Harness;

namespace Madoguchi.Forms.Tests.Fields;

public class ChoiceFieldTests
{
    private static readonly string[] Abc = ["a", "b", "c"];

    [Fact]
    public void Single_choice_accepts_a_listed_value() => Assert.Equal("\"b\"", Ok(Run("singleChoice", "b", choices: Abc)));

    [Fact]
    public void Single_choice_rejects_an_unlisted_value() => Assert.Equal("invalid_choice", Code(Run("singleChoice", "B", choices: Abc)));

    [Fact]
    public void Multiple_choice_keeps_choice_order_and_drops_duplicates() =>
        Assert.Equal("[\"a\",\"c\"]", Ok(Run("multipleChoice", JsonNode.Parse("""["c", "a", "c"]"""), choices: Abc)));

    [Fact]
    public void Multiple_choice_accepts_a_single_string_from_html() => Assert.Equal("[\"a\"]", Ok(Run("multipleChoice", "a", choices: Abc)));

    [Fact]
    public void Multiple_choice_limits_the_count() =>
        Assert.Equal("too_many_items", Code(Run("multipleChoice", JsonNode.Parse("""["a", "b"]"""), choices: Abc, maxItems: 1)));

    [Fact]
    public void Oversized_arrays_are_rejected_before_looking_at_items()
    {
        var huge = new JsonArray([.. Enumerable.Range(0, 100_000).Select(_ => (JsonNode)JsonValue.Create("a"))]);
        Assert.Equal("too_many_items", Code(Run("multipleChoice", huge, choices: Abc)));
        Assert.Equal("too_many_files", Code(Run("file", huge.DeepClone())));
    }

    [Fact]
    public void Multiple_choice_rejects_nested_arrays() =>
        Assert.Equal("invalid_type", Code(Run("multipleChoice", JsonNode.Parse("""[["a"]]"""), choices: Abc)));

    [Theory]
    [InlineData("true", true)]
    [InlineData("on", true)]
    [InlineData("はい", true)]
    [InlineData("false", false)]
    [InlineData("いいえ", false)]
    public void Yes_no_reads_html_strings(string raw, bool expected) => Assert.Equal(expected ? "true" : "false", Ok(Run("yesNo", raw)));

    [Fact]
    public void Yes_no_rejects_other_strings() => Assert.Equal("invalid_type", Code(Run("yesNo", "maybe")));

    [Fact]
    public void Consent_only_stores_true()
    {
        Assert.Equal("true", Ok(Run("consent", "on")));
        Assert.Equal("null", Ok(Run("consent", false)));
    }

    [Fact]
    public void File_ids_are_checked_and_counted()
    {
        Assert.Equal("[\"abcdefghij12\"]", Ok(Run("file", "abcdefghij12")));
        Assert.Equal("invalid_file", Code(Run("file", "../../etc/passwd")));
        Assert.Equal("invalid_file", Code(Run("file", "short")));
        Assert.Equal("too_many_files", Code(Run("file", JsonNode.Parse("""["abcdefghij12", "abcdefghij13"]"""))));
        Ok(Run("file", JsonNode.Parse("""["abcdefghij12", "abcdefghij13"]"""), new FieldSettings { MaxFiles = 2 }));
    }

    [Fact]
    public void Repeating_group_checks_shape_and_count()
    {
        Assert.Equal("invalid_type", Code(Run("repeatingGroup", JsonNode.Parse("""[1, 2]"""))));
        Assert.Equal("too_many_items", Code(Run("repeatingGroup", JsonNode.Parse("""[{}, {}, {}]"""), maxItems: 2)));
        Assert.Equal("too_few_items", Code(Run("repeatingGroup", JsonNode.Parse("""[{}]"""), minItems: 2)));
    }
}
