namespace Madoguchi.Core.Submissions;

/// <summary>"Today" for residents and deadlines is the date in Japan, whatever the server's zone.</summary>
public static class JapanDate
{
    private static readonly TimeSpan Offset = TimeSpan.FromHours(9); // JST has no daylight saving

    public static DateOnly Today(TimeProvider clock) =>
        DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(Offset).DateTime);

    public static DateTimeOffset ToJapan(DateTimeOffset instant) => instant.ToOffset(Offset);

    /// <summary>The instant (in UTC) a day begins in Japan.</summary>
    public static DateTimeOffset StartOf(DateOnly day) =>
        new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), Offset).ToUniversalTime();
}
