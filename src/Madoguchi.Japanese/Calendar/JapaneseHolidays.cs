namespace Madoguchi.Japanese.Calendar;

/// <summary>
/// Japanese national holidays computed by rule for 1948–2099 (the equinox approximation's range). Results are
/// cached per year; every method is thread-safe.
/// </summary>
public static class JapaneseHolidays
{
    public const int FirstYear = 1948;
    public const int LastYear = 2099;

    // 振替休日 starts with 昭和48年法律第10号 (in force 1973-04-12); 国民の休日 with 昭和60年法律第103号 (1985-12-27).
    private static readonly DateOnly SubstituteSince = new(1973, 4, 12);
    private static readonly DateOnly CitizensSince = new(1985, 12, 27);

    // 平成17年法律第43号 (from 2007): the substitute is the next non-祝日 day, and 国民の休日 no longer excludes Sundays.
    private static readonly DateOnly Revision2007 = new(2007, 1, 1);

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<int, IReadOnlyList<Holiday>> Cache = new();

    /// <summary>All holidays of a year in date order.</summary>
    public static IReadOnlyList<Holiday> GetHolidays(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, FirstYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, LastYear);
        return Cache.GetOrAdd(year, Compute);
    }

    public static Holiday? GetHoliday(DateOnly date) =>
        date.Year is < FirstYear or > LastYear ? null : GetHolidays(date.Year).FirstOrDefault(h => h.Date == date);

    public static bool IsHoliday(DateOnly date) => GetHoliday(date) is not null;

    public static IEnumerable<Holiday> Between(DateOnly from, DateOnly to)
    {
        for (int y = Math.Max(from.Year, FirstYear); y <= Math.Min(to.Year, LastYear); y++)
        {
            foreach (Holiday h in GetHolidays(y).Where(h => h.Date >= from && h.Date <= to))
            {
                yield return h;
            }
        }
    }

    private static IReadOnlyList<Holiday> Compute(int year)
    {
        // Neighbouring years matter only at the edges (12/31 Sunday → 1/1 is already 元日), so one year suffices.
        var byDate = NationalHolidayRules.For(year).ToDictionary(h => h.Date);
        var shukujitsu = byDate.Keys.ToHashSet();

        foreach (DateOnly date in shukujitsu.Where(d => d.DayOfWeek == DayOfWeek.Sunday && d >= SubstituteSince).Order())
        {
            DateOnly next = date.AddDays(1);
            if (date >= Revision2007)
            {
                while (shukujitsu.Contains(next))
                {
                    next = next.AddDays(1);
                }
            }

            if (!byDate.ContainsKey(next) && next.Year == year)
            {
                byDate[next] = new Holiday(next, "休日", HolidayKind.Substitute);
            }
        }

        foreach (DateOnly date in shukujitsu.Select(d => d.AddDays(1)).Where(d => d >= CitizensSince && d.Year == year))
        {
            bool between = shukujitsu.Contains(date.AddDays(-1)) && shukujitsu.Contains(date.AddDays(1));
            bool excludedBefore2007 = date < Revision2007 && date.DayOfWeek == DayOfWeek.Sunday;
            if (between && !excludedBefore2007 && !byDate.ContainsKey(date))
            {
                byDate[date] = new Holiday(date, "休日", HolidayKind.Citizens);
            }
        }

        return byDate.Values.OrderBy(h => h.Date).ToArray();
    }
}
