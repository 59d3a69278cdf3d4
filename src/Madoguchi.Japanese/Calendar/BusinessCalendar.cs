namespace Madoguchi.Japanese.Calendar;

/// <summary>
/// Business-day arithmetic for 標準処理期間 (行政手続法 第6条) and 補正 deadlines. Periods follow 民法 第140条
/// (the first day is not counted): <c>AddBusinessDays(d, 1)</c> is the first business day after d.
/// </summary>
public sealed class BusinessCalendar(BusinessCalendarOptions options)
{
    private const int MaxSteps = 366 * 200;

    public BusinessCalendar()
        : this(new BusinessCalendarOptions())
    {
    }

    public BusinessCalendarOptions Options { get; } = options ?? throw new ArgumentNullException(nameof(options));

    public bool IsBusinessDay(DateOnly date)
    {
        if (Options.ExtraOpenDays.Contains(date))
        {
            return true;
        }

        bool closed = (Options.ClosedOnSaturdays && date.DayOfWeek == DayOfWeek.Saturday)
            || (Options.ClosedOnSundays && date.DayOfWeek == DayOfWeek.Sunday)
            || (Options.ClosedOnNationalHolidays && JapaneseHolidays.IsHoliday(date))
            || Options.AnnualClosingDays.Contains(new MonthDay(date.Month, date.Day))
            || Options.ExtraClosedDays.Contains(date);
        return !closed;
    }

    /// <summary>
    /// Moves <paramref name="days"/> business days forward (or back when negative); the start day itself is not counted.
    /// 0 returns <paramref name="start"/> unchanged.
    /// </summary>
    public DateOnly AddBusinessDays(DateOnly start, int days)
    {
        int step = Math.Sign(days);
        DateOnly current = start;
        int remaining = Math.Abs(days);
        int guard = 0;
        while (remaining > 0)
        {
            current = current.AddDays(step);
            if (IsBusinessDay(current))
            {
                remaining--;
            }

            if (++guard > MaxSteps)
            {
                throw new InvalidOperationException("No business days found; check the calendar options.");
            }
        }

        return current;
    }

    /// <summary>
    /// Business days in (start, end], or minus those in [end, start) when end is before start, so that
    /// <c>AddBusinessDays(start, BusinessDaysBetween(start, end)) == end</c> whenever end is a business day.
    /// </summary>
    public int BusinessDaysBetween(DateOnly start, DateOnly end)
    {
        if (end < start)
        {
            return -BusinessDaysBetween(end.AddDays(-1), start.AddDays(-1));
        }

        int count = 0;
        for (DateOnly d = start.AddDays(1); d <= end; d = d.AddDays(1))
        {
            if (IsBusinessDay(d))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>A deadline that falls on a closed day moves to the next business day (行政機関の休日に関する法律 第2条, 地方自治法 第4条の2第4項).</summary>
    public DateOnly NextBusinessDayOnOrAfter(DateOnly date)
    {
        DateOnly current = date;
        for (int guard = 0; !IsBusinessDay(current); guard++)
        {
            if (guard > MaxSteps)
            {
                throw new InvalidOperationException("No business days found; check the calendar options.");
            }

            current = current.AddDays(1);
        }

        return current;
    }
}
