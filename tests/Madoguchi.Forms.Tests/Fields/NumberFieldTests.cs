using FsCheck.Xunit;

using Madoguchi.Forms.Definitions;

using static Madoguchi.Forms.Tests.Fields.Harness;

namespace Madoguchi.Forms.Tests.Fields;

public class NumberFieldTests
{
    [Theory]
    [InlineData("３", "3")]
    [InlineData("1,000", "1000")]
    [InlineData("１，０００", "1000")]
    [InlineData(" 12 ", "12")]
    [InlineData("-5", "-5")]
    [InlineData("－５", "-5")]
    [InlineData("3.0", "3")]
    public void Html_strings_are_normalised(string raw, string expected) => Assert.Equal(expected, Ok(Run("number", raw)));

    [Fact]
    public void Json_numbers_are_accepted() => Assert.Equal("7", Ok(RunJson("number", "7")));

    [Theory]
    [InlineData("三")]
    [InlineData("1,00")]
    [InlineData("1e3")]
    [InlineData("0x10")]
    [InlineData("12abc")]
    [InlineData("99999999999999999999999999999999999999999")]
    public void Non_numbers_are_rejected(string raw) => Assert.Equal("invalid_number", Code(Run("number", raw)));

    [Fact]
    public void Booleans_are_rejected() => Assert.Equal("invalid_number", Code(RunJson("number", "true")));

    [Fact]
    public void Whole_numbers_only_unless_decimal_places_are_set()
    {
        Assert.Equal("not_integer", Code(Run("number", "2.5")));
        Assert.Equal("2.5", Ok(Run("number", "2.5", new FieldSettings { DecimalPlaces = 1 })));
        Assert.Equal("too_many_decimals", Code(Run("number", "2.55", new FieldSettings { DecimalPlaces = 1 })));
    }

    [Fact]
    public void Range_is_enforced_with_the_unit_in_the_message()
    {
        var settings = new FieldSettings { Min = 1, Max = 10, Unit = "通" };
        var low = Run("number", "0", settings);
        Assert.Equal("too_small", Code(low));
        Assert.Equal("項目は1通以上で入力してください", low.Issues[0].Message.Ja);
        Assert.Equal("too_large", Code(Run("number", "11", settings)));
    }

    [Property]
    public bool Number_normalisation_round_trips(decimal value)
    {
        var text = value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var result = Run("number", text, new FieldSettings { DecimalPlaces = 10 });
        var trimmed = decimal.Round(value, 10) == value;
        return !trimmed || (result.IsValid && result.Value!.GetValue<decimal>() == value);
    }

    [Property]
    public bool Number_with_grouping_round_trips(long value)
    {
        var text = value.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
        var result = Run("number", text);
        return result.IsValid && result.Value!.GetValue<decimal>() == value;
    }
}
