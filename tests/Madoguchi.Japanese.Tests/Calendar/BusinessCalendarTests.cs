using System.Globalization;

using FsCheck.Xunit;

using Madoguchi.Japanese.Calendar;

namespace Madoguchi.Japanese.Tests.Calendar;

public class BusinessCalendarTests
{
    private static readonly BusinessCalendar Default = new();

    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2025-11-27", true)]
    [InlineData("2025-11-29", false)]
    [InlineData("2025-11-30", false)]
    [InlineData("2025-11-24", false)]
    [InlineData("2025-12-29", false)]
    [InlineData("2026-01-02", false)]
    [InlineData("2026-01-05", true)]
    public void Default_calendar_closes_weekends_holidays_and_year_end(string date, bool open) =>
        Assert.Equal(open, Default.IsBusinessDay(D(date)));

    [Theory]
    [InlineData("2025-11-27", 1, "2025-11-28")]
    [InlineData("2025-11-28", 1, "2025-12-01")]
    [InlineData("2025-12-26", 1, "2026-01-05")]
    [InlineData("2025-11-27", 0, "2025-11-27")]
    [InlineData("2025-12-01", -1, "2025-11-28")]
    [InlineData("2026-04-28", 5, "2026-05-11")]
    public void Adds_business_days_without_counting_the_first_day(string start, int days, string expected) =>
        Assert.Equal(D(expected), Default.AddBusinessDays(D(start), days));

    [Fact]
    public void Counts_business_days_between_dates()
    {
        // 4/29 昭和の日, 5/4–5/5, 5/6 振替休日 (5/3 is a Sunday) and the weekend leave 4 business days.
        Assert.Equal(4, Default.BusinessDaysBetween(D("2026-04-28"), D("2026-05-08")));
        Assert.Equal(-4, Default.BusinessDaysBetween(D("2026-05-08"), D("2026-04-28")));
        Assert.Equal(0, Default.BusinessDaysBetween(D("2025-12-27"), D("2026-01-04")));
    }

    [Fact]
    public void Options_change_the_closing_days()
    {
        var calendar = new BusinessCalendar(new BusinessCalendarOptions
        {
            AnnualClosingDays = [new MonthDay(12, 31), new MonthDay(1, 1)],
            ExtraClosedDays = new HashSet<DateOnly> { D("2025-11-27") },
            ExtraOpenDays = new HashSet<DateOnly> { D("2025-11-30") },
        });
        Assert.True(calendar.IsBusinessDay(D("2025-12-29")));
        Assert.False(calendar.IsBusinessDay(D("2025-11-27")));
        Assert.True(calendar.IsBusinessDay(D("2025-11-30")));
    }

    [Fact]
    public void A_deadline_on_a_closed_day_moves_to_the_next_business_day() =>
        Assert.Equal(D("2026-01-05"), Default.NextBusinessDayOnOrAfter(D("2025-12-29")));

    [Fact]
    public void A_calendar_with_no_business_days_fails_instead_of_looping()
    {
        var never = new BusinessCalendar(new BusinessCalendarOptions
        {
            AnnualClosingDays = Enumerable.Range(0, 366).Select(i => new DateOnly(2024, 1, 1).AddDays(i)).Select(d => new MonthDay(d.Month, d.Day)).ToArray(),
        });
        Assert.Throws<InvalidOperationException>(() => never.AddBusinessDays(D("2025-01-01"), 1));
    }

    [Property]
    public bool Adding_the_counted_days_reaches_a_business_day_end(int startOffset, int span)
    {
        DateOnly start = new DateOnly(2000, 1, 1).AddDays(Math.Abs(startOffset % 9000));
        DateOnly end = Default.NextBusinessDayOnOrAfter(start.AddDays((span % 400) + 1));
        return Default.AddBusinessDays(start, Default.BusinessDaysBetween(start, end)) == end;
    }

    [Property]
    public bool Added_days_land_on_business_days(int startOffset, int days)
    {
        DateOnly start = new DateOnly(2000, 1, 1).AddDays(Math.Abs(startOffset % 9000));
        int n = days % 200;
        return n == 0 || Default.IsBusinessDay(Default.AddBusinessDays(start, n));
    }
}
