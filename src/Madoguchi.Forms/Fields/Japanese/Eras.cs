namespace Madoguchi.Forms.Fields.Japanese;

/// <summary>
/// 元号 with their first day in the Gregorian calendar (元号法; 改元の政令). 明治 begins on the day of
/// the 改元の詔 (1868-10-23); dates before 明治6年 were lunisolar, which this check does not model.
/// </summary>
internal sealed record Era(string Name, char Letter, DateOnly Start, DateOnly? End)
{
    public static readonly Era[] All =
    [
        new("明治", 'M', new DateOnly(1868, 10, 23), new DateOnly(1912, 7, 29)),
        new("大正", 'T', new DateOnly(1912, 7, 30), new DateOnly(1926, 12, 24)),
        new("昭和", 'S', new DateOnly(1926, 12, 25), new DateOnly(1989, 1, 7)),
        new("平成", 'H', new DateOnly(1989, 1, 8), new DateOnly(2019, 4, 30)),
        new("令和", 'R', new DateOnly(2019, 5, 1), null),
    ];

    public static Era? Find(string nameOrLetter)
    {
        foreach (var era in All)
        {
            if (nameOrLetter == era.Name || (nameOrLetter.Length == 1 && char.ToUpperInvariant(nameOrLetter[0]) == era.Letter))
            {
                return era;
            }
        }
        return null;
    }

    public bool Contains(DateOnly date) => date >= Start && (End is null || date <= End);
}
