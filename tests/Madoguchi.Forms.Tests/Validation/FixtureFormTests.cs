using Madoguchi.Forms.Tests.Fixtures;

namespace Madoguchi.Forms.Tests.Validation;

public class FixtureFormTests
{
    public static TheoryData<string> Names() => [.. Fixture.Names];

    [Theory]
    [MemberData(nameof(Names))]
    public void Every_fixture_parses_without_problems(string name) => Fixture.Definition(name);

    [Theory]
    [MemberData(nameof(Names))]
    public void Every_fixture_rejects_an_empty_submission_with_required_errors(string name)
    {
        var result = Fixture.Validate(name, "{}");
        Assert.False(result.IsValid);
        Assert.Contains(result.Errors, e => e.Code == "required");
    }

    [Fact]
    public void Juminhyo_accepts_html_form_strings_and_computes_the_fee()
    {
        var result = Fixture.Validate("juminhyo", """
            {
              "applicant": { "family": "山田", "given": "太郎", "familyKana": "やまだ", "givenKana": "タロウ" },
              "birthDate": "昭和60年4月1日",
              "address": { "postalCode": "〒１２３－４５６７", "prefecture": "東京都", "city": "千代田区", "street": "千代田1-1", "building": "" },
              "phone": "０３ー１２３４ー５６７８",
              "copies": "３",
              "purpose": "job",
              "purposeOther": "hidden answer is dropped",
              "includeHousehold": "on",
              "identity": ["abcdefghij12"],
              "agree": "on"
            }
            """);
        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        Assert.Equal(900, result.FeeYen);
        Assert.Equal(3m, result.Data["copies"]!.GetValue<decimal>());
        Assert.Equal("1985-04-01", result.Data["birthDate"]!.GetValue<string>());
        Assert.Equal("ヤマダ", result.Data["applicant"]!["familyKana"]!.GetValue<string>());
        Assert.Equal("123-4567", result.Data["address"]!["postalCode"]!.GetValue<string>());
        Assert.Equal("03-1234-5678", result.Data["phone"]!.GetValue<string>());
        Assert.False(result.Data.ContainsKey("purposeOther"));
        Assert.Equal(900m, result.Data["fee"]!.GetValue<decimal>());
    }

    [Fact]
    public void Juminhyo_names_the_field_in_both_languages()
    {
        var result = Fixture.Validate("juminhyo", "{}", page: "request");
        var copies = Assert.Single(result.Errors, e => e.Path == "copies");
        Assert.Equal("必要な通数を入力してください", copies.Message.Ja);
        Assert.Equal("Enter Number of copies", copies.Message.En);
        Assert.All(result.Errors, e => Assert.Contains(e.Path, new[] { "copies", "purpose", "includeHousehold", "identity" }));
    }

    [Fact]
    public void Sodaigomi_sums_item_fees_and_reports_item_paths()
    {
        var result = Fixture.Validate("sodaigomi", """
            { "items": [ { "kind": "chair", "size": "small", "quantity": "2" }, { "kind": "other", "size": "large", "quantity": 1 } ],
              "collectionDate": "2025-12-05", "address": { "prefecture": "大阪府", "city": "大阪市北区", "street": "梅田1-1" }, "phone": "06-1234-5678" }
            """);
        var error = Assert.Single(result.Errors);
        Assert.Equal("items[1].description", error.Path);
        Assert.Equal(2000, result.FeeYen);
        Assert.Equal(1000m, result.Data["items"]![0]!["itemFee"]!.GetValue<decimal>());
        Assert.Equal(2m, result.Data["itemCount"]!.GetValue<decimal>());
    }

    [Fact]
    public void Jidouteate_hides_later_pages_for_public_servants()
    {
        var form = Fixture.Form("jidouteate");
        var answers = System.Text.Json.Nodes.JsonNode.Parse("""{ "employer": "publicServant" }""")!.AsObject();
        Assert.Equal(["applicant"], form.VisiblePages(answers, Fixture.Today).Select(p => p.Key));
        var result = form.Validate(answers, new Forms.Validation.ValidationOptions(Fixture.Today));
        Assert.DoesNotContain(result.Errors, e => e.Path is "children" or "account");
    }

    [Fact]
    public void Facility_rule_reports_end_before_start()
    {
        var result = Fixture.Validate("facility", """{ "room": "hall", "useDate": "2025-12-01", "startHour": 15, "endHour": 12 }""");
        Assert.Contains(result.Errors, e => e.Path == "endHour" && e.Code == "end_before_start");
    }

    [Fact]
    public void Facility_fee_is_hours_times_rate()
    {
        var result = Fixture.Validate("facility", """{ "room": "hall", "useDate": "2025-12-01", "startHour": "10", "endHour": "13" }""");
        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        Assert.Equal(6000, result.FeeYen);
    }
}
