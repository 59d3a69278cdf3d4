namespace Madoguchi.Japanese.Wareki;

public sealed record WarekiDate(Era Era, int Year, int Month, int Day);

public enum WarekiStyle
{
    /// <summary>令和7年11月27日; the first year is written 元年.</summary>
    Kanji,

    /// <summary>R7.11.27</summary>
    Abbreviated,
}
