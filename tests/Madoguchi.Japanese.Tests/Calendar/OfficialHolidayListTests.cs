using Madoguchi.Japanese.Calendar;

namespace Madoguchi.Japanese.Tests.Calendar;

public class OfficialHolidayListTests
{
    private static readonly IReadOnlyList<(DateOnly Date, string Name)> Official = OfficialHolidayList.Load();

    [Fact]
    public void Oracle_covers_1955_to_a_recent_year()
    {
        Assert.Equal(new DateOnly(1955, 1, 1), Official[0].Date);
        Assert.True(Official[^1].Date.Year >= 2026);
    }

    [Fact]
    public void Every_official_holiday_is_computed_with_the_same_name()
    {
        var wrong = Official
            .Select(o => (o.Date, Expected: o.Name, Actual: JapaneseHolidays.GetHoliday(o.Date)?.Name))
            .Where(x => x.Actual != x.Expected)
            .ToList();
        Assert.Empty(wrong);
    }

    [Fact]
    public void Every_computed_holiday_in_the_official_range_is_in_the_official_list()
    {
        var official = Official.Select(o => o.Date).ToHashSet();
        var extra = JapaneseHolidays.Between(new DateOnly(1955, 1, 1), new DateOnly(Official[^1].Date.Year, 12, 31))
            .Where(h => !official.Contains(h.Date))
            .ToList();
        Assert.Empty(extra);
    }
}
