using System.Globalization;
using System.Text.Json.Nodes;

namespace Madoguchi.Core.Cases.Demo;

/// <summary>A fictitious resident of デモ市 (names only; every other detail is made up per procedure).</summary>
internal sealed record DemoResident(string Family, string Given, string FamilyKana, string GivenKana, int Number)
{
    private static readonly (string Kanji, string Kana)[] Families =
    [
        ("青木", "あおき"), ("石川", "いしかわ"), ("上田", "うえだ"), ("遠藤", "えんどう"), ("小川", "おがわ"), ("加藤", "かとう"),
        ("木村", "きむら"), ("工藤", "くどう"), ("小松", "こまつ"), ("斎藤", "さいとう"), ("坂本", "さかもと"), ("清水", "しみず"),
    ];

    private static readonly (string Kanji, string Kana)[] Givens =
    [
        ("陽菜", "ひな"), ("蓮", "れん"), ("結衣", "ゆい"), ("湊", "みなと"), ("葵", "あおい"), ("大翔", "ひろと"),
        ("凛", "りん"), ("悠真", "ゆうま"), ("美咲", "みさき"), ("健太", "けんた"), ("彩花", "あやか"), ("翔太", "しょうた"),
    ];

    /// <summary>The <paramref name="number"/>-th demo resident: names vary within and across departments.</summary>
    public static DemoResident For(int number)
    {
        var family = Families[number % Families.Length];
        var given = Givens[(number * 5 + number / Families.Length) % Givens.Length];
        return new DemoResident(family.Kanji, given.Kanji, family.Kana, given.Kana, number);
    }

    public JsonObject Name() => new() { ["family"] = Family, ["given"] = Given, ["familyKana"] = FamilyKana, ["givenKana"] = GivenKana };

    public static JsonObject Address(int number) => new()
    {
        ["postalCode"] = "634-0078",
        ["prefecture"] = "奈良県",
        ["city"] = "デモ市",
        ["street"] = $"八木町1丁目{number % 20 + 1}-{number % 7 + 1}",
        ["building"] = "",
    };

    public string Phone => $"0744-22-{4000 + Number:D4}";

    public string Email => $"demo{Number.ToString(CultureInfo.InvariantCulture)}@example.jp";

    /// <summary>A valid 個人番号 (check digit from the library) that is fictitious and differs per resident.</summary>
    public string IndividualNumber(int salt)
    {
        var body = (98_765_000_000L + Number * 97L + salt).ToString("D11", CultureInfo.InvariantCulture);
        return body + Japanese.CheckDigits.IndividualNumber.ComputeCheckDigit(body).ToString(CultureInfo.InvariantCulture);
    }
}
