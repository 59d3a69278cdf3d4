using System.Text.Json.Nodes;

using Madoguchi.Forms.Tests.Fixtures;
using Madoguchi.Forms.Validation;

namespace Madoguchi.Forms.Tests.Validation;

public class CompiledFormTests
{
    private static readonly ValidationOptions Whole = new(Fixture.Today);

    private static JsonObject Answers(string json) => JsonNode.Parse(json)!.AsObject();

    private static readonly CompiledForm Chain = Fixture.Compile(Fixture.OnePage("""
        { "key": "a", "type": "yesNo", "label": { "ja": "A" } },
        { "key": "b", "type": "yesNo", "label": { "ja": "B" }, "visibleWhen": ["equals", ["field", "a"], true] },
        { "key": "c", "type": "text", "label": { "ja": "C" }, "visibleWhen": ["equals", ["field", "b"], true], "required": true },
        { "key": "d", "type": "text", "label": { "ja": "D" }, "requiredWhen": ["equals", ["field", "a"], false] }
        """));

    [Fact]
    public void Unknown_top_level_keys_are_errors_so_the_api_can_reject_them()
    {
        var result = Chain.Validate(Answers("""{ "a": true, "zzz": 1 }"""), Whole);
        Assert.Contains(result.Errors, e => e.Path == "zzz" && e.Code == "unknown_field");
        Assert.False(result.Data.ContainsKey("zzz"));
    }

    [Fact]
    public void Hiding_cascades_so_answers_behind_a_hidden_field_are_dropped()
    {
        var result = Chain.Validate(Answers("""{ "a": false, "b": true, "c": "kept?", "d": "x" }"""), Whole);
        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        Assert.False(result.Data.ContainsKey("b"));
        Assert.False(result.Data.ContainsKey("c"));
    }

    [Fact]
    public void Required_when_applies_only_when_its_condition_holds()
    {
        Assert.Contains(Chain.Validate(Answers("""{ "a": false }"""), Whole).Errors, e => e.Path == "d" && e.Code == "required");
        Assert.DoesNotContain(Chain.Validate(Answers("""{ "a": true, "b": false }"""), Whole).Errors, e => e.Path == "d");
    }

    [Fact]
    public void Page_key_restricts_errors_but_conditions_see_every_answer()
    {
        var form = Fixture.Form("jidouteate");
        var result = form.Validate(Answers("""{ "employer": "company", "children": [ {} ] }"""), new ValidationOptions(Fixture.Today, "children"));
        Assert.All(result.Errors, e => Assert.StartsWith("children", e.Path, StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.Path == "children[0].name");
    }

    [Fact]
    public void Is_visible_follows_page_and_component_conditions()
    {
        var form = Fixture.Form("juminhyo");
        var other = form.Definition.Pages[1].Components.Single(c => c.Key == "purposeOther");
        Assert.True(form.IsVisible(other, Answers("""{ "purpose": "other" }"""), Fixture.Today));
        Assert.False(form.IsVisible(other, Answers("""{ "purpose": "job" }"""), Fixture.Today));
    }

    [Fact]
    public void Is_visible_inside_a_repeating_group_uses_the_item()
    {
        var form = Fixture.Form("sodaigomi");
        var description = form.Definition.Pages[0].Components[0].Components.Single(c => c.Key == "description");
        var answers = Answers("""{ "items": [ { "kind": "other" } ] }""");
        Assert.True(form.IsVisible(description, answers, Fixture.Today, Answers("""{ "kind": "other" }""")));
        Assert.False(form.IsVisible(description, answers, Fixture.Today, Answers("""{ "kind": "chair" }""")));
    }

    [Fact]
    public void Unknown_keys_inside_items_are_errors_with_item_paths() =>
        Assert.Contains(Fixture.Validate("sodaigomi", """{ "items": [ { "kind": "chair", "size": "small", "quantity": 1, "colour": "red" } ] }""").Errors,
            e => e.Path == "items[0].colour" && e.Code == "unknown_field");

    [Fact]
    public void Composite_errors_have_sub_paths() =>
        Assert.Contains(Fixture.Validate("juminhyo", """{ "applicant": { "family": "山田", "familyKana": "Yamada" } }""").Errors,
            e => e.Path == "applicant.familyKana" && e.Code == "invalid_kana");

    [Fact]
    public void Computed_values_from_the_client_are_ignored()
    {
        var result = Fixture.Validate("facility", """{ "room": "hall", "useDate": "2025-12-01", "startHour": 10, "endHour": 12, "hours": 100 }""");
        Assert.Equal(2m, result.Data["hours"]!.GetValue<decimal>());
        Assert.Equal(4000, result.FeeYen);
    }

    [Fact]
    public void A_fee_that_is_not_whole_yen_is_an_error()
    {
        var form = Fixture.Compile(Fixture.OnePage("""{ "key": "n", "type": "number", "label": { "ja": "n" }, "settings": { "decimalPlaces": 2 } }""", "\"fee\": [\"multiply\", [\"field\", \"n\"], 100.5],"));
        var result = form.Validate(Answers("""{ "n": 1 }"""), Whole);
        Assert.Null(result.FeeYen);
        Assert.Contains(result.Errors, e => e.Code == "invalid_fee");
    }

    [Fact]
    public void A_negative_fee_is_an_error()
    {
        var form = Fixture.Compile(Fixture.OnePage("""{ "key": "n", "type": "number", "label": { "ja": "n" } }""", "\"fee\": [\"field\", \"n\"],"));
        Assert.Contains(form.Validate(Answers("""{ "n": -300 }"""), Whole).Errors, e => e.Code == "invalid_fee");
    }

    [Fact]
    public void Validation_rules_are_skipped_for_unanswered_fields()
    {
        var result = Fixture.Validate("facility", """{ "room": "hall", "useDate": "2025-12-01", "startHour": 15 }""");
        Assert.DoesNotContain(result.Errors, e => e.Code == "end_before_start");
        Assert.Contains(result.Errors, e => e.Path == "endHour" && e.Code == "required");
    }

    [Fact]
    public void Required_repeating_group_needs_an_item() =>
        Assert.Contains(Fixture.Validate("sodaigomi", """{ "items": [] }""").Errors, e => e.Path == "items" && e.Code == "required");

    [Fact]
    public void Raw_and_typed_answers_give_the_same_data()
    {
        var raw = Fixture.Validate("facility", """{ "room": "meeting", "useDate": "令和7年12月1日", "startHour": "１０", "endHour": "12" }""");
        var typed = Fixture.Validate("facility", """{ "room": "meeting", "useDate": "2025-12-01", "startHour": 10, "endHour": 12 }""");
        Assert.Equal(typed.Data.ToJsonString(), raw.Data.ToJsonString());
        Assert.Equal(1600, raw.FeeYen);
    }

    [Fact]
    public void Hostile_answers_of_every_shape_give_errors_not_exceptions()
    {
        var form = Fixture.Form("juminhyo");
        foreach (var value in new[] { "null", "true", "1e308", "[]", "{}", "[[[[]]]]", "\"\\u0000\"", "{\"family\":[1]}" })
        {
            var answers = new JsonObject();
            foreach (var key in new[] { "applicant", "birthDate", "address", "phone", "email", "copies", "purpose", "identity", "agree", "fee" })
            {
                answers[key] = JsonNode.Parse(value);
            }
            Assert.False(form.Validate(answers, Whole).IsValid);
        }
    }
}
