using Madoguchi.Japanese.Postal;

namespace Madoguchi.Japanese.Tests.Postal;

public class PostalCodeIndexTests
{
    [Fact]
    public void A_central_tokyo_code_has_one_town()
    {
        PostalAddress a = Assert.Single(PostalCodeIndex.Lookup("100-0001"));
        Assert.Equal(("東京都", "千代田区", "千代田", "チヨダク", "チヨダ", false), (a.Prefecture, a.City, a.Town, a.CityKana, a.TownKana, a.IsBusiness));
    }

    [Fact]
    public void A_code_for_the_rest_of_a_ward_has_no_town() =>
        Assert.Equal(string.Empty, Assert.Single(PostalCodeIndex.Lookup("0600000")).Town);

    [Fact]
    public void The_example_from_the_issue_resolves() =>
        Assert.Equal(("奈良県", "橿原市", "八木町"), Assert.Single(PostalCodeIndex.Lookup("〒６３４－００７８")) is var a ? (a.Prefecture, a.City, a.Town) : default);

    [Fact]
    public void A_code_can_list_many_towns()
    {
        IReadOnlyList<PostalAddress> all = PostalCodeIndex.Lookup("028-8401");
        Assert.True(all.Count >= 10);
        Assert.All(all, a => Assert.Equal("下閉伊郡田野畑村", a.City));
    }

    [Theory]
    [InlineData("4980000", "愛知県", "三重県")]
    [InlineData("6180000", "京都府", "大阪府")]
    [InlineData("8710000", "大分県", "福岡県")]
    public void Some_codes_span_prefectures(string code, string first, string second)
    {
        var prefectures = PostalCodeIndex.Lookup(code).Select(a => a.Prefecture).ToHashSet();
        Assert.Contains(first, prefectures);
        Assert.Contains(second, prefectures);
    }

    [Fact]
    public void Business_codes_name_the_business()
    {
        PostalAddress a = Assert.Single(PostalCodeIndex.Lookup("100-8111"));
        Assert.True(a.IsBusiness);
        Assert.Equal("宮内庁", a.BusinessName);
        Assert.Equal("千代田区", a.City);
    }

    [Theory]
    [InlineData("0000000")]
    [InlineData("999-9999")]
    [InlineData("12345")]
    [InlineData("abc-defg")]
    [InlineData("")]
    [InlineData(null)]
    public void Unknown_or_malformed_codes_give_no_candidates(string? code) => Assert.Empty(PostalCodeIndex.Lookup(code));

    [Fact]
    public void The_index_records_its_source_and_date()
    {
        Assert.Contains("jquery-jpostal-ja@", PostalCodeIndex.DataVersion, StringComparison.Ordinal);
        Assert.Matches(@"20\d\d-\d\d-\d\d", PostalCodeIndex.DataVersion);
        Assert.True(PostalCodeIndex.Count > 140_000);
    }

    [Fact]
    public async Task Concurrent_first_use_loads_once_and_agrees()
    {
        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => PostalCodeIndex.Lookup("1000001").Count)));
        Assert.All(results, c => Assert.Equal(1, c));
    }

    [Theory]
    [InlineData("634-0078", "6340078")]
    [InlineData("６３４ー００７８", "6340078")]
    [InlineData("〒634-0078", "6340078")]
    public void Postal_codes_normalise_to_seven_digits(string input, string expected)
    {
        Assert.Equal(expected, PostalCodes.Normalize(input).Value);
        Assert.Equal("634-0078", PostalCodes.Format(expected));
    }
}
