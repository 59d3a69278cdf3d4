using Madoguchi.Japanese.Calendar;

namespace Madoguchi.Japanese.Tests.Calendar;

public class JapaneseHolidaysTests
{
    [Theory]
    [InlineData("1959-04-10", HolidayKind.Special)]
    [InlineData("1973-04-30", HolidayKind.Substitute)]
    [InlineData("1988-05-04", HolidayKind.Citizens)]
    [InlineData("1989-02-24", HolidayKind.Special)]
    [InlineData("2009-09-22", HolidayKind.Citizens)]
    [InlineData("2019-04-30", HolidayKind.Citizens)]
    [InlineData("2019-05-02", HolidayKind.Citizens)]
    [InlineData("2019-05-06", HolidayKind.Substitute)]
    [InlineData("2021-08-09", HolidayKind.Substitute)]
    [InlineData("2026-09-22", HolidayKind.Citizens)]
    public void Derived_days_have_the_right_kind(string date, HolidayKind kind) =>
        Assert.Equal(kind, JapaneseHolidays.GetHoliday(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture))?.Kind);

    [Fact]
    public void No_emperors_birthday_in_2019() =>
        Assert.DoesNotContain(JapaneseHolidays.GetHolidays(2019), h => h.Name == "天皇誕生日");

    [Fact]
    public void Before_the_law_there_are_no_holidays()
    {
        Assert.Null(JapaneseHolidays.GetHoliday(new DateOnly(1948, 5, 3)));
        Assert.Equal("秋分の日", JapaneseHolidays.GetHoliday(new DateOnly(1948, 9, 23))?.Name);
        Assert.Null(JapaneseHolidays.GetHoliday(new DateOnly(1900, 1, 1)));
    }

    [Fact]
    public void Years_outside_the_equinox_formula_are_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => JapaneseHolidays.GetHolidays(2100));

    [Fact]
    public void Far_future_years_compute_without_error() =>
        Assert.All(Enumerable.Range(JapaneseHolidays.FirstYear, JapaneseHolidays.LastYear - JapaneseHolidays.FirstYear + 1), y => Assert.NotEmpty(JapaneseHolidays.GetHolidays(y)));
}
