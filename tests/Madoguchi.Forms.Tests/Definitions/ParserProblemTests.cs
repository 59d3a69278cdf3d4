using Madoguchi.Forms.Definitions;
using Madoguchi.Forms.Tests.Fixtures;

namespace Madoguchi.Forms.Tests.Definitions;

public class ParserProblemTests
{
    private const string Number = """{ "key": "copies", "type": "number", "label": { "ja": "通数" } }""";

    private static IReadOnlyList<DefinitionProblem> Problems(string json)
    {
        var result = FormDefinitionParser.Parse(json);
        Assert.False(result.Success);
        Assert.Null(result.Definition);
        return result.Problems;
    }

    private static void HasProblem(string json, string path, string code) =>
        Assert.Contains(Problems(json), p => p.Path == path && p.Code == code);

    [Fact]
    public void Broken_json_is_invalid_json() => HasProblem("{ \"schemaVersion\": 1, ", "$", "invalid_json");

    [Fact]
    public void Root_must_be_an_object() => HasProblem("[1]", "$", "wrong_type");

    [Fact]
    public void Oversized_text_is_rejected_before_parsing() =>
        HasProblem(new string(' ', 2_000_001), "$", "too_large");

    [Fact]
    public void Ten_megabytes_of_nesting_does_not_overflow_the_stack()
    {
        var hostile = new string('[', 5_000_000) + new string(']', 5_000_000);
        Assert.Contains(Problems(hostile), p => p.Code == "too_large");
        var deepButSmall = new string('[', 100_000) + new string(']', 100_000);
        Assert.Contains(Problems(deepButSmall), p => p.Code == "too_deep");
    }

    [Fact]
    public void Deep_expression_is_too_deep()
    {
        var expression = string.Concat(Enumerable.Repeat("[\"not\", ", 40)) + "true" + new string(']', 40);
        Assert.Contains(Problems(Fixture.OnePage(Number, $"\"fee\": {expression},")), p => p.Code == "too_deep");
    }

    [Fact]
    public void Unsupported_version_is_reported() =>
        HasProblem(Fixture.OnePage(Number).Replace("\"schemaVersion\": 1", "\"schemaVersion\": 2", StringComparison.Ordinal), "$.schemaVersion", "unsupported_version");

    [Fact]
    public void Null_version_is_missing() =>
        HasProblem(Fixture.OnePage(Number).Replace("\"schemaVersion\": 1", "\"schemaVersion\": null", StringComparison.Ordinal), "$.schemaVersion", "missing");

    [Fact]
    public void Missing_key_is_reported() =>
        HasProblem(Fixture.OnePage("""{ "type": "text", "label": { "ja": "名前" } }"""), "$.pages[0].components[0].key", "missing");

    [Fact]
    public void Invalid_key_is_reported() =>
        HasProblem(Fixture.OnePage("""{ "key": "Bad-Key", "type": "text", "label": { "ja": "名前" } }"""), "$.pages[0].components[0].key", "invalid_key");

    [Fact]
    public void Duplicate_data_key_across_pages_is_reported()
    {
        var json = """
            { "schemaVersion": 1, "title": { "ja": "t" }, "pages": [
              { "key": "a", "title": { "ja": "a" }, "components": [ { "key": "name", "type": "text", "label": { "ja": "n" } } ] },
              { "key": "b", "title": { "ja": "b" }, "components": [ { "key": "name", "type": "text", "label": { "ja": "n" } } ] } ] }
            """;
        HasProblem(json, "$.pages[1].components[0].key", "duplicate_key");
    }

    [Fact]
    public void Same_key_in_a_group_and_at_top_level_is_allowed()
    {
        var json = Fixture.OnePage("""
            { "key": "name", "type": "text", "label": { "ja": "n" } },
            { "key": "items", "type": "repeatingGroup", "label": { "ja": "i" }, "components": [ { "key": "name", "type": "text", "label": { "ja": "n" } } ] }
            """);
        Assert.True(FormDefinitionParser.Parse(json).Success);
    }

    [Fact]
    public void Duplicate_page_key_is_reported()
    {
        var json = """
            { "schemaVersion": 1, "title": { "ja": "t" }, "pages": [
              { "key": "a", "title": { "ja": "a" }, "components": [ { "key": "x", "type": "text", "label": { "ja": "n" } } ] },
              { "key": "a", "title": { "ja": "b" }, "components": [ { "key": "y", "type": "text", "label": { "ja": "n" } } ] } ] }
            """;
        HasProblem(json, "$.pages[1].key", "duplicate_key");
    }

    [Fact]
    public void Unknown_type_is_reported() =>
        HasProblem(Fixture.OnePage("""{ "key": "x", "type": "slider", "label": { "ja": "x" } }"""), "$.pages[0].components[0].type", "unknown_type");

    [Fact]
    public void Wrong_json_type_is_reported() =>
        HasProblem(Fixture.OnePage("""{ "key": "x", "type": "text", "label": { "ja": "x" }, "required": "yes" }"""), "$.pages[0].components[0].required", "wrong_type");

    [Fact]
    public void Unknown_property_is_reported() =>
        HasProblem(Fixture.OnePage("""{ "key": "x", "type": "text", "label": { "ja": "x" }, "requierd": true }"""), "$.pages[0].components[0].requierd", "unknown_property");

    [Fact]
    public void Repeated_property_is_reported() =>
        HasProblem(Fixture.OnePage("""{ "key": "x", "key": "y", "type": "text", "label": { "ja": "x" } }"""), "$.pages[0].components[0].key", "duplicate_property");

    [Fact]
    public void Missing_ja_is_reported() =>
        HasProblem(Fixture.OnePage("""{ "key": "x", "type": "text", "label": { "en": "Name" } }"""), "$.pages[0].components[0].label.ja", "missing_ja");

    [Fact]
    public void Plain_string_label_is_a_wrong_type() =>
        HasProblem(Fixture.OnePage("""{ "key": "x", "type": "text", "label": "名前" }"""), "$.pages[0].components[0].label", "wrong_type");

    [Fact]
    public void Unknown_operator_is_reported() =>
        HasProblem(Fixture.OnePage(Number, "\"fee\": [\"times\", [\"field\", \"copies\"], 300],"), "$.fee[0]", "unknown_operator");

    [Fact]
    public void Wrong_arity_is_reported() =>
        HasProblem(Fixture.OnePage(Number, "\"fee\": [\"multiply\", [\"field\", \"copies\"]],"), "$.fee", "arity");

    [Fact]
    public void Condition_on_an_unknown_field_is_reported() =>
        HasProblem(Fixture.OnePage("""{ "key": "x", "type": "text", "label": { "ja": "x" }, "visibleWhen": ["equals", ["field", "purpose"], "other"] }"""),
            "$.pages[0].components[0].visibleWhen[1][1]", "unknown_field");

    [Fact]
    public void Condition_may_read_a_field_defined_later() =>
        Assert.True(FormDefinitionParser.Parse(Fixture.OnePage("""
            { "key": "x", "type": "text", "label": { "ja": "x" }, "visibleWhen": ["equals", ["field", "y"], true] },
            { "key": "y", "type": "yesNo", "label": { "ja": "y" } }
            """)).Success);

    [Fact]
    public void Item_key_is_unknown_outside_its_group() =>
        HasProblem(Fixture.OnePage("""
            { "key": "items", "type": "repeatingGroup", "label": { "ja": "i" }, "components": [ { "key": "size", "type": "text", "label": { "ja": "s" } } ] },
            { "key": "x", "type": "text", "label": { "ja": "x" }, "visibleWhen": ["equals", ["field", "size"], "large"] }
            """), "$.pages[0].components[1].visibleWhen[1][1]", "unknown_field");

    [Fact]
    public void Cycle_among_computed_values_is_reported()
    {
        var problems = Problems(Fixture.OnePage("""
            { "key": "a", "type": "computed", "value": ["add", ["field", "b"], 1] },
            { "key": "b", "type": "computed", "value": ["add", ["field", "c"], 1] },
            { "key": "c", "type": "computed", "value": ["field", "a"] }
            """));
        Assert.Contains(problems, p => p.Code == "cycle" && p.Path.EndsWith(".value", StringComparison.Ordinal));
    }

    [Fact]
    public void Choice_type_without_choices_is_reported() =>
        HasProblem(Fixture.OnePage("""{ "key": "x", "type": "singleChoice", "label": { "ja": "x" } }"""), "$.pages[0].components[0].choices", "missing_choices");

    [Fact]
    public void Duplicate_choice_value_is_reported() =>
        HasProblem(Fixture.OnePage("""{ "key": "x", "type": "singleChoice", "label": { "ja": "x" }, "choices": [ { "value": "a", "label": { "ja": "A" } }, { "value": "a", "label": { "ja": "B" } } ] }"""),
            "$.pages[0].components[0].choices[1].value", "duplicate_choice");

    [Fact]
    public void Group_without_children_is_reported() =>
        HasProblem(Fixture.OnePage("""{ "key": "items", "type": "repeatingGroup", "label": { "ja": "x" }, "components": [] }"""), "$.pages[0].components[0].components", "empty_group");

    [Fact]
    public void Min_greater_than_max_is_reported() =>
        HasProblem(Fixture.OnePage("""{ "key": "n", "type": "number", "label": { "ja": "n" }, "settings": { "min": 10, "max": 1 } }"""), "$.pages[0].components[0].settings.min", "invalid_settings");

    [Fact]
    public void Min_length_greater_than_max_length_is_reported() =>
        HasProblem(Fixture.OnePage("""{ "key": "n", "type": "text", "label": { "ja": "n" }, "settings": { "minLength": 10, "maxLength": 1 } }"""), "$.pages[0].components[0].settings.minLength", "invalid_settings");

    [Fact]
    public void Min_items_greater_than_max_items_is_reported() =>
        HasProblem(Fixture.OnePage("""{ "key": "g", "type": "repeatingGroup", "label": { "ja": "g" }, "minItems": 5, "maxItems": 2, "components": [ { "key": "a", "type": "text", "label": { "ja": "a" } } ] }"""),
            "$.pages[0].components[0].minItems", "invalid_settings");

    [Fact]
    public void Bad_date_limit_is_reported() =>
        HasProblem(Fixture.OnePage("""{ "key": "d", "type": "date", "label": { "ja": "d" }, "settings": { "minDate": "yesterday" } }"""), "$.pages[0].components[0].settings.minDate", "invalid_settings");

    [Fact]
    public void Value_on_a_non_computed_component_is_not_allowed() =>
        HasProblem(Fixture.OnePage("""{ "key": "x", "type": "text", "label": { "ja": "x" }, "value": 1 }"""), "$.pages[0].components[0].value", "not_allowed");

    [Fact]
    public void Computed_without_value_is_missing() =>
        HasProblem(Fixture.OnePage("""{ "key": "x", "type": "computed" }"""), "$.pages[0].components[0].value", "missing");

    [Fact]
    public void Group_nesting_is_limited()
    {
        var inner = """{ "key": "leaf", "type": "text", "label": { "ja": "l" } }""";
        for (var i = 0; i < 4; i++)
        {
            inner = $$"""{ "key": "g{{i}}", "type": "repeatingGroup", "label": { "ja": "g" }, "components": [ {{inner}} ] }""";
        }
        Assert.Contains(Problems(Fixture.OnePage(inner)), p => p.Code == "limit_exceeded");
    }

    [Fact]
    public void Every_problem_is_listed_at_once()
    {
        var json = """
            { "schemaVersion": 1, "title": { "en": "No Japanese" }, "fee": ["times", 1, 2], "pages": [
              { "key": "p", "title": { "ja": "p" }, "components": [
                { "key": "a", "type": "text", "label": { "ja": "a" } },
                { "key": "a", "type": "widget", "label": { "ja": "b" } },
                { "key": "c", "type": "singleChoice", "label": { "ja": "c" }, "visibleWhen": ["equals", ["field", "nope"]] },
                { "key": "d", "type": "number", "label": { "ja": "d" }, "settings": { "min": 3, "max": 1 } },
                { "key": "e", "type": "repeatingGroup", "label": { "ja": "e" } }
              ] } ] }
            """;
        var codes = Problems(json).Select(p => $"{p.Path} {p.Code}").ToList();
        Assert.Contains("$.title.ja missing_ja", codes);
        Assert.Contains("$.fee[0] unknown_operator", codes);
        Assert.Contains("$.pages[0].components[1].key duplicate_key", codes);
        Assert.Contains("$.pages[0].components[1].type unknown_type", codes);
        Assert.Contains("$.pages[0].components[2].visibleWhen arity", codes);
        Assert.Contains("$.pages[0].components[2].choices missing_choices", codes);
        Assert.Contains("$.pages[0].components[3].settings.min invalid_settings", codes);
        Assert.Contains("$.pages[0].components[4].components empty_group", codes);
    }
}
