namespace Madoguchi.Japanese.Wareki;

/// <summary>One era (元号). <see cref="End"/> is null for the current era.</summary>
public sealed record Era(string Name, char Letter, DateOnly Start, DateOnly? End)
{
    /// <summary>
    /// 明治 starts on 1868-01-25, the Gregorian date of 明治元年1月1日 as used by 和暦 conversion tools (the era was
    /// proclaimed on 1868-10-23 and applied from the start of that year). Until 明治5年12月2日 Japan used the lunisolar
    /// calendar, so 明治 month/day pairs before 1873-01-01 do not map to Gregorian month/day; <see cref="EarliestSupported"/>
    /// therefore rejects them.
    /// </summary>
    public static readonly DateOnly EarliestSupported = new(1873, 1, 1);

    // 元号法 and the 元号を改める政令 of each era; each era begins the day after the previous ends.
    public static readonly IReadOnlyList<Era> All =
    [
        new("明治", 'M', new DateOnly(1868, 1, 25), new DateOnly(1912, 7, 29)),
        new("大正", 'T', new DateOnly(1912, 7, 30), new DateOnly(1926, 12, 24)),
        new("昭和", 'S', new DateOnly(1926, 12, 25), new DateOnly(1989, 1, 7)),
        new("平成", 'H', new DateOnly(1989, 1, 8), new DateOnly(2019, 4, 30)),
        new("令和", 'R', new DateOnly(2019, 5, 1), null),
    ];

    public bool Contains(DateOnly date) => date >= Start && (End is null || date <= End);

    public int GregorianYear(int eraYear) => Start.Year + eraYear - 1;

    public static Era? Find(DateOnly date) => date < EarliestSupported ? null : All.LastOrDefault(e => e.Contains(date));

    public static Era? FindByName(string nameOrLetter) =>
        All.FirstOrDefault(e => e.Name == nameOrLetter || (nameOrLetter.Length == 1 && char.ToUpperInvariant(nameOrLetter[0]) == e.Letter));
}
