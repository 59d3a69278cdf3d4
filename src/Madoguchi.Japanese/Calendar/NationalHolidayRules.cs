namespace Madoguchi.Japanese.Calendar;

/// <summary>
/// The 国民の祝日 of one year by the rules of 国民の祝日に関する法律 (昭和23年法律第178号, in force 1948-07-20) as amended,
/// plus the one-off days of special laws. 振替休日 and 国民の休日 are derived in <see cref="JapaneseHolidays"/>.
/// </summary>
internal static class NationalHolidayRules
{
    private static readonly DateOnly InForce = new(1948, 7, 20);

    public static IEnumerable<Holiday> For(int year) => Candidates(year).Where(h => h.Date >= InForce);

    private static IEnumerable<Holiday> Candidates(int y)
    {
        yield return Fixed(y, 1, 1, "元日");
        yield return y < 2000 ? Fixed(y, 1, 15, "成人の日") : Monday(y, 1, 2, "成人の日"); // 平成10年法律第141号 (Happy Monday)
        if (y >= 1967)
        {
            yield return Fixed(y, 2, 11, "建国記念の日"); // 昭和41年法律第86号; first observed 1967
        }

        // 天皇誕生日 follows the reigning emperor: 4/29 (昭和), 12/23 (平成, 平成元年法律第5号), 2/23 (令和, 平成29年法律第63号); none in 2019.
        if (y <= 1988)
        {
            yield return Fixed(y, 4, 29, "天皇誕生日");
        }
        else if (y <= 2018)
        {
            yield return Fixed(y, 12, 23, "天皇誕生日");
        }
        else if (y >= 2020)
        {
            yield return Fixed(y, 2, 23, "天皇誕生日");
        }

        yield return Fixed(y, 3, Equinox.VernalDay(y), "春分の日");
        if (y is >= 1989 and <= 2006)
        {
            yield return Fixed(y, 4, 29, "みどりの日"); // 平成元年法律第5号
        }
        else if (y >= 2007)
        {
            yield return Fixed(y, 4, 29, "昭和の日"); // 平成17年法律第43号; みどりの日 moves to 5/4
            yield return Fixed(y, 5, 4, "みどりの日");
        }

        yield return Fixed(y, 5, 3, "憲法記念日");
        yield return Fixed(y, 5, 5, "こどもの日");

        // 海の日 from 1996 (平成7年法律第22号), third Monday of July from 2003 (平成13年法律第59号);
        // 2020 and 2021 moved for the Olympics (平成30年法律第57号, 令和2年法律第68号).
        Holiday? marine = y switch
        {
            2020 => Fixed(y, 7, 23, "海の日"),
            2021 => Fixed(y, 7, 22, "海の日"),
            >= 2003 => Monday(y, 7, 3, "海の日"),
            >= 1996 => Fixed(y, 7, 20, "海の日"),
            _ => null,
        };
        if (marine is not null)
        {
            yield return marine;
        }

        // 山の日 from 2016 (平成26年法律第43号), moved in 2020 and 2021 like 海の日.
        Holiday? mountain = y switch
        {
            2020 => Fixed(y, 8, 10, "山の日"),
            2021 => Fixed(y, 8, 8, "山の日"),
            >= 2016 => Fixed(y, 8, 11, "山の日"),
            _ => null,
        };
        if (mountain is not null)
        {
            yield return mountain;
        }

        // 敬老の日 from 1966 (昭和41年法律第86号), third Monday of September from 2003.
        if (y >= 1966)
        {
            yield return y >= 2003 ? Monday(y, 9, 3, "敬老の日") : Fixed(y, 9, 15, "敬老の日");
        }

        yield return Fixed(y, 9, Equinox.AutumnalDay(y), "秋分の日");

        // 体育の日 from 1966, second Monday of October from 2000; renamed スポーツの日 from 2020 (平成30年法律第57号).
        // The Cabinet Office list labels 2019's day 「体育の日（スポーツの日）」; that label is kept so the data agree.
        Holiday? sports = y switch
        {
            2020 => Fixed(y, 7, 24, "スポーツの日"),
            2021 => Fixed(y, 7, 23, "スポーツの日"),
            >= 2020 => Monday(y, 10, 2, "スポーツの日"),
            2019 => Monday(y, 10, 2, "体育の日（スポーツの日）"),
            >= 2000 => Monday(y, 10, 2, "体育の日"),
            >= 1966 => Fixed(y, 10, 10, "体育の日"),
            _ => null,
        };
        if (sports is not null)
        {
            yield return sports;
        }

        yield return Fixed(y, 11, 3, "文化の日");
        yield return Fixed(y, 11, 23, "勤労感謝の日");

        foreach (Holiday special in SpecialDays.Where(s => s.Date.Year == y))
        {
            yield return special;
        }
    }

    /// <summary>One-off holidays, each by its own law; labels as in the Cabinet Office list.</summary>
    private static readonly Holiday[] SpecialDays =
    [
        new(new DateOnly(1959, 4, 10), "結婚の儀", HolidayKind.Special), // 皇太子明仁親王の結婚の儀の行われる日を休日とする法律
        new(new DateOnly(1989, 2, 24), "大喪の礼", HolidayKind.Special), // 昭和天皇の大喪の礼の行われる日を休日とする法律
        new(new DateOnly(1990, 11, 12), "即位礼正殿の儀", HolidayKind.Special), // 即位礼正殿の儀の行われる日を休日とする法律
        new(new DateOnly(1993, 6, 9), "結婚の儀", HolidayKind.Special), // 皇太子徳仁親王の結婚の儀の行われる日を休日とする法律
        new(new DateOnly(2019, 5, 1), "休日（祝日扱い）", HolidayKind.Special), // 天皇の即位の日及び即位礼正殿の儀の行われる日を休日とする法律
        new(new DateOnly(2019, 10, 22), "休日（祝日扱い）", HolidayKind.Special), // same law; these count as 国民の祝日 for 第3条
    ];

    private static Holiday Fixed(int year, int month, int day, string name) => new(new DateOnly(year, month, day), name, HolidayKind.National);

    private static Holiday Monday(int year, int month, int nth, string name)
    {
        var first = new DateOnly(year, month, 1);
        int offset = ((int)DayOfWeek.Monday - (int)first.DayOfWeek + 7) % 7;
        return new Holiday(first.AddDays(offset + (7 * (nth - 1))), name, HolidayKind.National);
    }
}
