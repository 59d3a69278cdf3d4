using System.Globalization;
using System.Text.RegularExpressions;

namespace Madoguchi.Forms.Fields;

/// <summary>settings.minDate/maxDate: an ISO date, "today", or "today+N" / "today-N" days.</summary>
public static partial class DateLimit
{
    [GeneratedRegex(@"^today(?:([+-])(\d{1,5}))?$", RegexOptions.CultureInvariant, 100)]
    private static partial Regex Relative();

    public static bool IsValid(string text) => Relative().IsMatch(text) || TryIso(text, out _);

    public static DateOnly? Resolve(string? text, DateOnly today)
    {
        if (text is null)
        {
            return null;
        }
        if (TryIso(text, out var date))
        {
            return date;
        }
        var m = Relative().Match(text);
        if (!m.Success)
        {
            return null;
        }
        var days = m.Groups[2].Success ? int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) : 0;
        return today.AddDays(m.Groups[1].Value == "-" ? -days : days);
    }

    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static bool TryIso(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
