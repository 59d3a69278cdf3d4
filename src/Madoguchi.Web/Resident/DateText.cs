using System.Globalization;

using Madoguchi.Core.Submissions;

namespace Madoguchi.Web.Resident;

/// <summary>Dates and times as people read them: 2026年5月1日 in Japanese, 1 May 2026 in English, times in Japan.</summary>
internal static class DateText
{
    public static string Long(DateOnly date, string language) =>
        language == "en" ? date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture) : $"{date.Year}年{date.Month}月{date.Day}日";

    public static string Moment(DateTimeOffset instant) =>
        JapanDate.ToJapan(instant).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
