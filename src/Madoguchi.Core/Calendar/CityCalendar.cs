using System.Globalization;

using Madoguchi.Japanese.Calendar;

using Microsoft.Extensions.Configuration;

namespace Madoguchi.Core.Calendar;

/// <summary>
/// The city's 開庁日 from configuration ("Calendar" section). Weekends and national holidays are
/// always closed; the 年末年始 default (12/29–1/3) can be replaced to match the city's 休日条例, and
/// one-off closures or openings added. A wrong value stops start-up and names itself.
/// </summary>
public static class CityCalendar
{
    public static BusinessCalendar From(IConfiguration configuration)
    {
        var section = configuration.GetSection("Calendar");
        var options = new BusinessCalendarOptions();
        var annual = Values(section, "AnnualClosingDays");
        if (annual.Length > 0)
        {
            options = options with { AnnualClosingDays = [.. annual.Select(v => MonthDayOf("AnnualClosingDays", v))] };
        }
        return new BusinessCalendar(options with
        {
            ExtraClosedDays = Values(section, "ExtraClosedDays").Select(v => DateOf("ExtraClosedDays", v)).ToHashSet(),
            ExtraOpenDays = Values(section, "ExtraOpenDays").Select(v => DateOf("ExtraOpenDays", v)).ToHashSet(),
        });
    }

    private static string[] Values(IConfigurationSection section, string key) =>
        [.. section.GetSection(key).GetChildren().Select(c => c.Value ?? "")];

    private static MonthDay MonthDayOf(string key, string value) =>
        DateOnly.TryParseExact("2000-" + value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? new MonthDay(d.Month, d.Day)
            : throw Wrong(key, value, "MM-dd, e.g. 12-29");

    private static DateOnly DateOf(string key, string value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : throw Wrong(key, value, "yyyy-MM-dd, e.g. 2027-05-06");

    private static InvalidOperationException Wrong(string key, string value, string format) =>
        new($"Calendar:{key} has '{value}', which is not a date in the form {format}.");
}
