using System.Globalization;

using FsCheck;
using FsCheck.Xunit;

using Madoguchi.Japanese.Wareki;

namespace Madoguchi.Japanese.Tests.Wareki;

public class WarekiConverterTests
{
    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("令和7年11月27日", "2025-11-27")]
    [InlineData("令和元年5月1日", "2019-05-01")]
    [InlineData("令和1年5月1日", "2019-05-01")]
    [InlineData("平成31年4月30日", "2019-04-30")]
    [InlineData("平成元年1月8日", "1989-01-08")]
    [InlineData("昭和64年1月7日", "1989-01-07")]
    [InlineData("昭和元年12月25日", "1926-12-25")]
    [InlineData("大正15年12月24日", "1926-12-24")]
    [InlineData("大正元年7月30日", "1912-07-30")]
    [InlineData("明治45年7月29日", "1912-07-29")]
    [InlineData("明治6年1月1日", "1873-01-01")]
    [InlineData("R7.11.27", "2025-11-27")]
    [InlineData("H31.4.30", "2019-04-30")]
    [InlineData("r7/11/27", "2025-11-27")]
    [InlineData("s64-1-7", "1989-01-07")]
    [InlineData("Ｒ０７．１１．２７", "2025-11-27")]
    [InlineData("令和７年１１月２７日", "2025-11-27")]
    [InlineData("令和七年十一月二十七日", "2025-11-27")]
    [InlineData("平成三十一年四月三十日", "2019-04-30")]
    [InlineData("令和元年五月一日", "2019-05-01")]
    [InlineData("㍻31年4月30日", "2019-04-30")]
    [InlineData("㋿7年11月27日", "2025-11-27")]
    [InlineData(" 令和 7 年 11 月 27 日 ", "2025-11-27")]
    public void Parses_era_dates(string input, string expected)
    {
        Validated<DateOnly> result = WarekiConverter.Parse(input);
        Assert.True(result.IsValid, result.Error?.En);
        Assert.Equal(D(expected), result.Value);
    }

    [Theory]
    [InlineData("平成31年5月1日")]
    [InlineData("昭和64年1月8日")]
    [InlineData("平成元年1月7日")]
    [InlineData("令和元年4月30日")]
    [InlineData("明治45年7月30日")]
    [InlineData("大正元年7月29日")]
    [InlineData("大正15年12月25日")]
    [InlineData("昭和元年12月24日")]
    [InlineData("令和7年2月29日")]
    [InlineData("令和7年13月1日")]
    [InlineData("令和0年1月1日")]
    [InlineData("明治5年12月2日")]
    [InlineData("X7.11.27")]
    [InlineData("2025-11-27")]
    [InlineData("令和")]
    [InlineData("")]
    [InlineData("令和٣年1月1日")]
    public void Rejects_dates_that_do_not_exist_in_the_era(string input)
    {
        Validated<DateOnly> result = WarekiConverter.Parse(input);
        Assert.False(result.IsValid);
        Assert.NotEmpty(result.Error!.Ja);
    }

    [Theory]
    [InlineData("2019-05-01", "令和元年5月1日", "R1.5.1")]
    [InlineData("2019-04-30", "平成31年4月30日", "H31.4.30")]
    [InlineData("1989-01-07", "昭和64年1月7日", "S64.1.7")]
    [InlineData("1989-01-08", "平成元年1月8日", "H1.1.8")]
    [InlineData("1912-07-29", "明治45年7月29日", "M45.7.29")]
    [InlineData("1912-07-30", "大正元年7月30日", "T1.7.30")]
    [InlineData("1926-12-24", "大正15年12月24日", "T15.12.24")]
    [InlineData("1926-12-25", "昭和元年12月25日", "S1.12.25")]
    [InlineData("2025-11-27", "令和7年11月27日", "R7.11.27")]
    public void Formats_with_the_era_at_boundaries(string iso, string kanji, string abbreviated)
    {
        Assert.Equal(kanji, WarekiConverter.Format(D(iso)));
        Assert.Equal(abbreviated, WarekiConverter.Format(D(iso), WarekiStyle.Abbreviated));
    }

    [Fact]
    public void Dates_before_the_solar_calendar_have_no_era_form() => Assert.Null(WarekiConverter.Format(D("1872-12-31")));

    [Property]
    public bool Format_then_parse_is_the_identity(int offset)
    {
        DateOnly date = Era.EarliestSupported.AddDays(Math.Abs(offset % 70_000));
        return WarekiConverter.Parse(WarekiConverter.Format(date)).Value == date
            && WarekiConverter.Parse(WarekiConverter.Format(date, WarekiStyle.Abbreviated)).Value == date;
    }

    [Property]
    public bool Parse_never_throws(NonNull<string> input) => WarekiConverter.Parse(input.Get) is not null;
}
