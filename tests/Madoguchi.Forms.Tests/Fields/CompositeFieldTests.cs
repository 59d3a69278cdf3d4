using static Madoguchi.Forms.Tests.Fields.Harness;

namespace Madoguchi.Forms.Tests.Fields;

public class CompositeFieldTests
{
    [Fact]
    public void Person_name_stores_kana_as_katakana_and_names_as_typed()
    {
        var value = Ok(RunJson("personName", """{ "family": "髙橋", "given": "𠮷子", "familyKana": "たかはし", "givenKana": "ヨシコ" }"""));
        Assert.Contains("\"familyKana\":\"タカハシ\"", value, StringComparison.Ordinal);
        Assert.Contains("\"family\":\"髙橋\"", value, StringComparison.Ordinal);
        Assert.Equal("𠮷子", RunJson("personName", """{ "family": "髙橋", "given": "𠮷子", "familyKana": "タカハシ", "givenKana": "よしこ" }""").Value!["given"]!.GetValue<string>());
    }

    [Fact]
    public void Person_name_names_the_offending_kana_character()
    {
        var result = RunJson("personName", """{ "family": "山田", "familyKana": "ヤマ田" }""");
        var issue = Assert.Single(result.Issues);
        Assert.Equal("familyKana", issue.SubPath);
        Assert.Equal("invalid_kana", issue.Code);
        Assert.Contains("「田」", issue.Message.Ja, StringComparison.Ordinal);
    }

    [Fact]
    public void Person_name_requires_family_name_and_its_kana() =>
        Assert.Equal(["family", "familyKana"], RunJson("personName", """{ "given": "太郎", "givenKana": "タロウ" }""").Issues.Select(i => i.SubPath));

    [Fact]
    public void Person_name_with_unknown_part_is_reported() =>
        Assert.Contains(RunJson("personName", """{ "family": "山田", "familyKana": "ヤマダ", "middle": "x" }""").Issues, i => i.Code == "unknown_field" && i.SubPath == "middle");

    [Fact]
    public void Person_name_of_wrong_shape_is_a_wrong_type() => Assert.Equal("invalid_type", Code(RunJson("personName", "\"山田太郎\"")));

    [Fact]
    public void Empty_person_name_is_not_answered() => Assert.Equal("null", Ok(RunJson("personName", """{ "family": "", "given": " " }""")));

    [Fact]
    public void Address_normalises_the_postal_code_and_checks_the_prefecture()
    {
        var value = Ok(RunJson("address", """{ "postalCode": "1000001", "prefecture": "東京都", "city": "千代田区", "street": "千代田1-1" }"""));
        Assert.Contains("\"postalCode\":\"100-0001\"", value, StringComparison.Ordinal);
        var bad = RunJson("address", """{ "prefecture": "東京", "city": "千代田区", "street": "千代田1-1" }""");
        Assert.Equal("prefecture", Assert.Single(bad.Issues).SubPath);
    }

    [Fact]
    public void Address_rejects_control_characters_in_a_part() =>
        Assert.Contains(RunJson("address", """{ "prefecture": "東京都", "city": "千代田区\u0000", "street": "1" }""").Issues, i => i.SubPath == "city" && i.Code == "invalid_character");

    [Fact]
    public void Bank_account_pads_the_number_and_checks_zengin_characters()
    {
        var value = Ok(RunJson("bankAccount", """{ "bankCode": "０００１", "branchCode": "001", "accountType": "ordinary", "accountNumber": "12345", "holderKana": "やまだ たろう" }"""));
        Assert.Contains("\"accountNumber\":\"0012345\"", value, StringComparison.Ordinal);
        Assert.Contains("\"bankCode\":\"0001\"", value, StringComparison.Ordinal);
        var bad = RunJson("bankAccount", """{ "bankCode": "1", "branchCode": "001", "accountType": "gold", "accountNumber": "12345678", "holderKana": "山田" }""");
        Assert.Equal(["accountType", "bankCode", "accountNumber", "holderKana"], bad.Issues.Select(i => i.SubPath));
    }
}
