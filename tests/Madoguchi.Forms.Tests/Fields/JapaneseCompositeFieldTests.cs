using static Madoguchi.Forms.Tests.Fields.Harness;

namespace Madoguchi.Forms.Tests.Fields;

/// <summary>personName and bankAccount with the Madoguchi.Japanese rules (docs/japanese-data.md).</summary>
public class JapaneseCompositeFieldTests
{
    private static string Part(string rawJson, string part) => RunJson("personName", rawJson).Value![part]!.GetValue<string>();

    [Theory]
    [InlineData("ﾔﾏﾀﾞ", "ヤマダ")]
    [InlineData("ﾊﾟｳﾞｪﾙ", "パヴェル")]
    [InlineData("やまだ", "ヤマダ")]
    [InlineData("ヤマダ", "ヤマダ")]
    [InlineData("ｽﾐｽ・ｼﾞｮﾝ", "スミス・ジョン")]
    [InlineData("やまだ  たろう", "ヤマダ\u3000タロウ")]
    public void Furigana_in_any_kana_is_stored_in_full_width_katakana(string typed, string stored) =>
        Assert.Equal(stored, Part($$"""{ "family": "山田", "familyKana": "{{typed}}" }""", "familyKana"));

    [Fact]
    public void Latin_letter_in_furigana_is_rejected_naming_it()
    {
        var issue = Assert.Single(RunJson("personName", """{ "family": "山田", "given": "太郎", "familyKana": "ヤマダ", "givenKana": "タroウ" }""").Issues);
        Assert.Equal(("givenKana", "invalid_kana"), (issue.SubPath, issue.Code));
        Assert.Equal("項目（メイ）：2文字目の「r」(U+0072)はフリガナに使えません。", issue.Message.Ja);
        Assert.Equal("Item (given name in kana): Character 2 「r」(U+0072) is not allowed in furigana (kana only).", issue.Message.En);
    }

    [Fact]
    public void Ivs_name_is_kept_byte_exact()
    {
        var ivs = "\U000E0100";
        var value = RunJson("personName", $$"""{ "family": "葛{{ivs}}城", "given": "\uFA19子", "familyKana": "かつらぎ", "givenKana": "カミコ" }""").Value!;
        Assert.Equal("葛" + ivs + "城", value["family"]!.GetValue<string>());
        Assert.Equal("\uFA19子", value["given"]!.GetValue<string>());
    }

    [Fact]
    public void Name_with_a_bidi_override_is_rejected_at_its_part()
    {
        var issue = Assert.Single(RunJson("personName", """{ "family": "山\u202E田", "familyKana": "ヤマダ" }""").Issues);
        Assert.Equal(("family", "invalid_character"), (issue.SubPath, issue.Code));
        Assert.Contains("U+202E", issue.Message.Ja, StringComparison.Ordinal);
    }

    [Fact]
    public void Name_length_counts_text_elements() =>
        Assert.Empty(RunJson("personName", $$"""{ "family": "{{string.Concat(Enumerable.Repeat("葛\U000E0100", 50))}}", "familyKana": "カツラギ" }""").Issues);

    private static string Account(string holder, string accountType = "ordinary") =>
        $$"""{ "bankCode": "0001", "branchCode": "001", "accountType": "{{accountType}}", "accountNumber": "1234567", "holderKana": "{{holder}}" }""";

    [Theory]
    [InlineData("イトウ タロウ", "イトウ タロウ")]
    [InlineData("いとう　たろう", "イトウ タロウ")]
    [InlineData("ｲﾄｳ ﾀﾞｲｽｹ", "イトウ ダイスケ")]
    [InlineData("キャロル・ＡＢＣ", "キャロル・ABC")]
    [InlineData("カ)マドグチ", "カ)マドグチ")]
    public void Bank_holder_is_stored_in_full_width_katakana(string typed, string stored) =>
        Assert.Equal(stored, RunJson("bankAccount", Account(typed)).Value!["holderKana"]!.GetValue<string>());

    [Theory]
    [InlineData("伊藤タロウ", "1文字目の「伊」(U+4F0A)")]
    [InlineData("イトウ♪", "4文字目の「♪」(U+266A)")]
    public void Bank_holder_that_zengin_cannot_represent_is_rejected_naming_the_character(string typed, string named)
    {
        var issue = Assert.Single(RunJson("bankAccount", Account(typed)).Issues);
        Assert.Equal(("holderKana", "invalid_kana"), (issue.SubPath, issue.Code));
        Assert.StartsWith("項目（口座名義（カナ））：", issue.Message.Ja, StringComparison.Ordinal);
        Assert.Contains(named, issue.Message.Ja, StringComparison.Ordinal);
    }

    [Fact]
    public void Bank_holder_longer_than_the_transfer_field_after_conversion_is_rejected()
    {
        // 20 characters as typed, 40 in half-width kana: every ガ becomes ｶﾞ.
        var issue = Assert.Single(RunJson("bankAccount", Account(new string('ガ', 20))).Issues);
        Assert.Equal(("holderKana", "too_long"), (issue.SubPath, issue.Code));
        Assert.Contains("現在40文字", issue.Message.Ja, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ordinary", "ordinary")]
    [InlineData("current", "current")]
    [InlineData("savings", "savings")]
    [InlineData("1", "ordinary")]
    [InlineData("2", "current")]
    [InlineData("4", "savings")]
    [InlineData("普通", "ordinary")]
    [InlineData("当座", "current")]
    [InlineData("貯蓄預金", "savings")]
    public void Account_type_accepts_form_values_codes_and_names(string typed, string stored) =>
        Assert.Equal(stored, RunJson("bankAccount", Account("イトウ", typed)).Value!["accountType"]!.GetValue<string>());

    [Theory]
    [InlineData("3")]
    [InlineData("gold")]
    [InlineData("Ordinary")]
    public void Unknown_account_type_is_rejected(string typed) =>
        Assert.Equal("invalid_choice", Code(RunJson("bankAccount", Account("イトウ", typed))));

    [Fact]
    public void Bank_codes_carry_the_library_detail()
    {
        var issue = Assert.Single(RunJson("bankAccount", """{ "bankCode": "01", "branchCode": "００１", "accountType": "1", "accountNumber": "１２３", "holderKana": "イトウ" }""").Issues);
        Assert.Equal(("bankCode", "invalid_digits"), (issue.SubPath, issue.Code));
        Assert.Equal("項目（金融機関コード）：金融機関コードは4桁の数字で入力してください。", issue.Message.Ja);
    }
}
