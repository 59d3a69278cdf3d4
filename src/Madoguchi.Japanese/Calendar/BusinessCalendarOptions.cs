namespace Madoguchi.Japanese.Calendar;

public readonly record struct MonthDay(int Month, int Day);

/// <summary>
/// Which days a municipal office is closed. The defaults follow 地方自治法 第4条の2: Sundays, Saturdays,
/// 国民の祝日に関する法律 holidays and 12/29–1/3 (年末年始), which each municipality confirms by its own 休日条例.
/// </summary>
public sealed record BusinessCalendarOptions
{
    public static readonly IReadOnlyList<MonthDay> DefaultYearEnd =
        [new(12, 29), new(12, 30), new(12, 31), new(1, 1), new(1, 2), new(1, 3)];

    public bool ClosedOnSaturdays { get; init; } = true;

    public bool ClosedOnSundays { get; init; } = true;

    public bool ClosedOnNationalHolidays { get; init; } = true;

    /// <summary>Days closed every year (年末年始 by default; add e.g. a 市制記念日 here).</summary>
    public IReadOnlyList<MonthDay> AnnualClosingDays { get; init; } = DefaultYearEnd;

    /// <summary>One-off closures.</summary>
    public IReadOnlySet<DateOnly> ExtraClosedDays { get; init; } = new HashSet<DateOnly>();

    /// <summary>One-off openings that override every closing rule (e.g. a Sunday counter for 確定申告).</summary>
    public IReadOnlySet<DateOnly> ExtraOpenDays { get; init; } = new HashSet<DateOnly>();
}
