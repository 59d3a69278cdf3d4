using Madoguchi.Forms.Definitions;

using static Madoguchi.Forms.Tests.Fields.Harness;

namespace Madoguchi.Forms.Tests.Fields;

public class DateFieldTests
{
    [Theory]
    [InlineData("2025-11-27", "2025-11-27")]
    [InlineData("2025/1/5", "2025-01-05")]
    [InlineData("２０２５年１１月２７日", "2025-11-27")]
    [InlineData("令和7年11月27日", "2025-11-27")]
    [InlineData("令和元年5月1日", "2019-05-01")]
    [InlineData("平成31年4月30日", "2019-04-30")]
    [InlineData("R7.11.27", "2025-11-27")]
    [InlineData("h1/1/8", "1989-01-08")]
    [InlineData("S64.1.7", "1989-01-07")]
    [InlineData("昭和元年12月25日", "1926-12-25")]
    [InlineData("大正15年12月24日", "1926-12-24")]
    [InlineData("明治45年7月29日", "1912-07-29")]
    [InlineData("T1.7.30", "1912-07-30")]
    [InlineData("r7/11/27", "2025-11-27")]
    [InlineData("令和７年１１月２７日", "2025-11-27")]
    [InlineData("Ｒ７．１１．２７", "2025-11-27")]
    [InlineData("令和七年十一月二十七日", "2025-11-27")]
    [InlineData("㍻31年4月30日", "2019-04-30")]
    [InlineData(" 2025.11.27 ", "2025-11-27")]
    public void Western_and_japanese_dates_are_stored_as_iso(string raw, string expected) =>
        Assert.Equal($"\"{expected}\"", Ok(Run("date", raw)));

    [Theory]
    [InlineData("平成31年5月1日")]
    [InlineData("昭和64年1月8日")]
    [InlineData("令和1年4月30日")]
    [InlineData("大正15年12月25日")]
    public void Dates_outside_their_era_are_rejected(string raw) => Assert.Equal("outside_era", Code(Run("date", raw)));

    [Fact]
    public void Outside_era_message_names_the_field_and_the_era()
    {
        var message = Run("date", "平成31年5月1日").Issues[0].Message;
        Assert.StartsWith("項目：", message.Ja, StringComparison.Ordinal);
        Assert.Contains("平成の期間にありません", message.Ja, StringComparison.Ordinal);
        Assert.StartsWith("Item: ", message.En, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2025-02-29")]
    [InlineData("2025-13-01")]
    [InlineData("令和7年2月30日")]
    [InlineData("令和0年1月1日")]
    [InlineData("明治5年12月2日")]
    public void Impossible_dates_are_rejected(string raw) => Assert.Equal("invalid_date", Code(Run("date", raw)));

    [Theory]
    [InlineData("next tuesday")]
    [InlineData("2025-11")]
    [InlineData("昔々")]
    public void Unreadable_dates_are_rejected(string raw) => Assert.Equal("invalid_date", Code(Run("date", raw)));

    [Fact]
    public void Relative_limits_use_the_request_date()
    {
        var settings = new FieldSettings { MinDate = "today+3", MaxDate = "today+60" };
        Assert.Equal("too_early", Code(Run("date", "2025-11-29", settings)));
        Ok(Run("date", "2025-11-30", settings));
        Assert.Equal("too_late", Code(Run("date", "2026-01-27", settings)));
    }
}
