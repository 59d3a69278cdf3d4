namespace Madoguchi.Japanese.Calendar;

/// <summary>
/// 春分日 and 秋分日 are fixed each February by the National Astronomical Observatory's 暦要項. For computing them
/// in advance the widely used approximation of the astronomical equinox (valid 1900–2099) is used:
/// day = ⌊C + 0.242194 (Y − 1980) − trunc((Y − L) / 4)⌋ with C, L per period; the inner division
/// truncates toward zero, as in the published formula (flooring it is off by one before 1983).
/// </summary>
internal static class Equinox
{
    public static int VernalDay(int year) => Day(year, year < 1980 ? 20.8357 : 20.8431);

    public static int AutumnalDay(int year) => Day(year, year < 1980 ? 23.2588 : 23.2488);

    private static int Day(int year, double constant)
    {
        if (year is < 1900 or > 2099)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, "The equinox approximation is valid for 1900–2099.");
        }

        int leapBase = year < 1980 ? 1983 : 1980;
        return (int)Math.Floor(constant + (0.242194 * (year - 1980)) - ((year - leapBase) / 4));
    }
}
