using System.Text.Json.Nodes;

using Madoguchi.Core.Cases;
using Madoguchi.Core.Cases.Corrections;
using Madoguchi.Forms.Definitions;
using Madoguchi.Forms.Validation;

namespace Madoguchi.Core.Tests.Cases;

public sealed class CorrectionFieldsTests
{
    private static readonly CompiledForm Form = new(FormDefinitionParser.Parse("""
        {
          "schemaVersion": 1,
          "title": { "ja": "テスト" },
          "pages": [
            { "key": "p1", "title": { "ja": "1" }, "components": [
              { "key": "intro", "type": "staticText", "text": { "ja": "説明" } },
              { "key": "name", "type": "personName", "required": true, "label": { "ja": "氏名", "en": "Name" } },
              { "key": "phone", "type": "phone", "label": { "ja": "電話番号", "en": "Phone" } },
              { "key": "items", "type": "repeatingGroup", "label": { "ja": "品目", "en": "Items" }, "components": [
                { "key": "kind", "type": "text", "label": { "ja": "種類", "en": "Kind" } },
                { "key": "note", "type": "text", "label": { "ja": "備考" }, "visibleWhen": ["equals", ["field", "kind"], "other"] }
              ] },
              { "key": "total", "type": "computed", "label": { "ja": "合計" }, "value": ["count", ["field", "items"]] }
            ] }
          ]
        }
        """).Definition!);

    private static readonly DateOnly Today = new(2026, 4, 1);

    private static JsonObject Answers() => JsonNode.Parse("""
        { "name": { "family": "山田", "given": "太郎" }, "phone": "0744-22-4001",
          "items": [ { "kind": "chair" }, { "kind": "other", "note": "物干し" } ], "total": 2 }
        """)!.AsObject();

    [Fact]
    public void Shown_answers_of_the_form_and_of_each_item_can_be_flagged_but_not_text_or_computed_values()
    {
        var paths = CorrectionFields.Choices(Form, Answers(), Today).Select(c => c.Path).ToList();

        Assert.Equal(["name", "phone", "items", "items[0].kind", "items[1].kind", "items[1].note"], paths);
    }

    [Theory]
    [InlineData("phone", "phone", true)]
    [InlineData("name", "name.familyKana", true)]
    [InlineData("items", "items[3].kind", true)]
    [InlineData("items[1].kind", "items[1].kind", true)]
    [InlineData("items[1].kind", "items[0].kind", false)]
    [InlineData("items[1].kind", "items", false)]
    [InlineData("phone", "phoneExtra", false)]
    [InlineData("item", "items", false)]
    public void A_flag_covers_its_answer_and_the_answer_s_parts(string flag, string path, bool covered) =>
        Assert.Equal(covered, CorrectionFields.Covers([flag], path));

    [Fact]
    public void A_flag_on_a_whole_group_makes_flags_on_its_items_redundant() =>
        Assert.Equal(["items", "phone"], CorrectionFields.WithoutCovered(["items", "items[1].kind", "phone", "phone"]));

    [Fact]
    public void Changes_outside_the_flags_are_detected_item_by_item()
    {
        var before = Answers();
        var onlyFlagged = Answers();
        onlyFlagged["items"]![1]!["kind"] = "sofa";
        onlyFlagged["phone"] = "090-0000-0000";
        var otherItem = Answers();
        otherItem["items"]![0]!["kind"] = "sofa";
        var newItem = Answers();
        newItem["items"]!.AsArray().Add(new JsonObject());
        var otherField = Answers();
        otherField["name"]!["family"] = "悪意";

        string[] flags = ["phone", "items[1].kind"];
        Assert.False(CorrectionFields.ChangesOutside(flags, before, onlyFlagged));
        Assert.True(CorrectionFields.ChangesOutside(flags, before, otherItem));
        Assert.True(CorrectionFields.ChangesOutside(flags, before, newItem));
        Assert.True(CorrectionFields.ChangesOutside(flags, before, otherField));
        Assert.False(CorrectionFields.ChangesOutside(["items"], before, newItem));
    }

    [Fact]
    public void Differences_are_listed_per_field_in_form_order_with_items_by_position()
    {
        var after = Answers();
        after["phone"] = "090-0000-0000";
        after["items"]!.AsArray().RemoveAt(0);
        after["total"] = 1;

        var changes = AnswerChanges.Between(Form.Definition, Answers(), after);

        Assert.Equal(["phone", "items[0].kind", "items[0].note", "items[1].kind", "items[1].note", "total"], changes.Select(c => c.Path));
        var removed = changes.Single(c => c.Path == "items[1].kind");
        Assert.Equal("other", removed.Before!.ToString());
        Assert.Null(removed.After);
        Assert.Equal("items", removed.Group!.Key);
        Assert.Equal(1, removed.Item);
    }

    [Theory]
    [InlineData("phone", "電話番号", "Phone")]
    [InlineData("name.familyKana", "氏名", "Name")]
    [InlineData("items[1].kind", "品目 2件目 種類", "Items item 2: Kind")]
    [InlineData("items[0].note", "品目 1件目 備考", "Items item 1: 備考")]
    [InlineData("unknown", "unknown", "unknown")]
    public void Answers_are_named_in_the_words_of_the_form(string path, string ja, string en)
    {
        var label = FieldLabels.Of(Form.Definition, path);
        Assert.Equal(ja, label.Ja);
        Assert.Equal(en, label.En);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>", true)]
    [InlineData("一行目\r\n二行目", true)]
    [InlineData("   ", false)]
    [InlineData("ベル\u0007", false)]
    [InlineData("逆\u202Eさま", false)]
    public void Free_text_is_plain_text_with_line_breaks(string text, bool valid) =>
        Assert.Equal(valid, PlainText.Validate(text, 100, required: true, new("空", "empty")).IsValid);

    [Fact]
    public void Free_text_has_a_length_limit_in_characters_people_see()
    {
        Assert.True(PlainText.Validate(new string('あ', 100), 100, true, new("空", "empty")).IsValid);
        Assert.False(PlainText.Validate(new string('あ', 101), 100, true, new("空", "empty")).IsValid);
        Assert.False(PlainText.Validate(new string('a', 1_000_000), 100, true, new("空", "empty")).IsValid);
        Assert.Equal("一行目\n二行目", PlainText.Validate("一行目\r\n二行目", 100, true, new("空", "empty")).Value);
    }

    [Fact]
    public void Summaries_are_cut_without_splitting_a_character()
    {
        var text = new string('a', 9) + "𠮷𠮷";
        var cut = PlainText.Shorten(text, 11);
        Assert.True(cut.Length <= 11);
        Assert.False(char.IsHighSurrogate(cut[^2]));
        Assert.EndsWith("…", cut);
    }
}
