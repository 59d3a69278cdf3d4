namespace Madoguchi.Japanese.Calendar;

/// <summary>A day off under 国民の祝日に関する法律 or a special law. <see cref="Name"/> is the Cabinet Office's label.</summary>
public sealed record Holiday(DateOnly Date, string Name, HolidayKind Kind);

public enum HolidayKind
{
    /// <summary>国民の祝日 (祝日法 第2条).</summary>
    National,

    /// <summary>A one-off day made a holiday by its own law (結婚の儀, 大喪の礼, 即位の日 …).</summary>
    Special,

    /// <summary>振替休日 (祝日法 第3条第2項).</summary>
    Substitute,

    /// <summary>国民の休日: a day between two 祝日 (祝日法 第3条第3項).</summary>
    Citizens,
}
