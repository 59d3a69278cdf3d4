using Madoguchi.Forms.Definitions;
using Madoguchi.Forms.Linting;
using Madoguchi.Forms.Tests.Fixtures;

namespace Madoguchi.Forms.Tests.Linting;

public class FormLinterTests
{
    private const string Purpose = """
        { "key": "purpose", "type": "singleChoice", "label": { "ja": "使いみち" }, "required": true,
          "choices": [ { "value": "job", "label": { "ja": "就職" } }, { "value": "other", "label": { "ja": "その他" } } ] }
        """;

    private static IReadOnlyList<DefinitionProblem> Lint(string json) =>
        FormLinter.Lint(Fixture.Compile(json).Definition);

    [Theory]
    [MemberData(nameof(FixtureNames))]
    public void Realistic_fixtures_have_no_warnings(string name) => Assert.Empty(FormLinter.Lint(Fixture.Definition(name)));

    public static TheoryData<string> FixtureNames() => [.. Fixture.Names];

    [Fact]
    public void Equals_a_value_that_is_not_a_choice_is_never_true()
    {
        var warnings = Lint(Fixture.OnePage(Purpose + """
            , { "key": "other", "type": "text", "label": { "ja": "その他" }, "visibleWhen": ["equals", ["field", "purpose"], "others"] }
            """));
        Assert.Contains(warnings, w => w.Code == "never_true" && w.Path == "$.pages[0].components[1].visibleWhen" && w.Severity == ProblemSeverity.Warning);
    }

    [Fact]
    public void Not_equals_with_itself_is_never_true() =>
        Assert.Contains(Lint(Fixture.OnePage(Purpose + """
            , { "key": "x", "type": "text", "label": { "ja": "x" }, "visibleWhen": ["notEquals", ["field", "purpose"], ["field", "purpose"]] }
            """)), w => w.Code == "never_true");

    [Fact]
    public void And_of_contradicting_equals_is_never_true() =>
        Assert.Contains(Lint(Fixture.OnePage(Purpose + """
            , { "key": "x", "type": "text", "label": { "ja": "x" }, "visibleWhen": ["and", ["equals", ["field", "purpose"], "job"], ["equals", ["field", "purpose"], "other"]] }
            """)), w => w.Code == "never_true");

    [Fact]
    public void Yes_no_compared_with_a_string_is_never_true() =>
        Assert.Contains(Lint(Fixture.OnePage("""
            { "key": "ok", "type": "yesNo", "label": { "ja": "ok" } },
            { "key": "x", "type": "text", "label": { "ja": "x" }, "visibleWhen": ["equals", ["field", "ok"], "yes"] }
            """)), w => w.Code == "never_true");

    [Fact]
    public void A_condition_that_can_be_true_is_not_reported() =>
        Assert.DoesNotContain(Lint(Fixture.OnePage(Purpose + """
            , { "key": "x", "type": "text", "label": { "ja": "x" }, "visibleWhen": ["or", ["equals", ["field", "purpose"], "job"], ["equals", ["field", "purpose"], "other"]] }
            """)), w => w.Code == "never_true");

    [Fact]
    public void Required_field_that_is_always_hidden_is_reported() =>
        Assert.Contains(Lint(Fixture.OnePage(Purpose + """
            , { "key": "x", "type": "text", "label": { "ja": "x" }, "required": true, "visibleWhen": false }
            """)), w => w.Code == "required_always_hidden" && w.Path == "$.pages[0].components[1]");

    [Fact]
    public void Computed_value_unused_and_hidden_is_reported() =>
        Assert.Contains(Lint(Fixture.OnePage(Purpose + """
            , { "key": "internal", "type": "computed", "value": ["concat", "a", "b"] }
            """)), w => w.Code == "unused_computed");

    [Fact]
    public void Computed_value_read_by_the_fee_is_not_unused() =>
        Assert.DoesNotContain(Lint(Fixture.OnePage("""
            { "key": "n", "type": "number", "label": { "ja": "n" } },
            { "key": "base", "type": "computed", "value": ["multiply", ["field", "n"], 100] }
            """, "\"fee\": [\"field\", \"base\"],")), w => w.Code == "unused_computed");

    [Fact]
    public void Page_with_no_input_is_reported()
    {
        var json = """
            { "schemaVersion": 1, "title": { "ja": "t" }, "pages": [
              { "key": "a", "title": { "ja": "a" }, "components": [ { "key": "x", "type": "text", "label": { "ja": "x" } } ] },
              { "key": "b", "title": { "ja": "b" }, "components": [ { "key": "note", "type": "staticText", "text": { "ja": "説明" } } ] } ] }
            """;
        Assert.Contains(Lint(json), w => w.Code == "page_without_input" && w.Path == "$.pages[1]");
    }

    [Fact]
    public void Unreachable_page_is_reported_and_its_required_fields_too()
    {
        var json = """
            { "schemaVersion": 1, "title": { "ja": "t" }, "pages": [
              { "key": "a", "title": { "ja": "a" }, "components": [ { "key": "ok", "type": "yesNo", "label": { "ja": "ok" } } ] },
              { "key": "b", "title": { "ja": "b" }, "visibleWhen": ["equals", ["field", "ok"], "はい"],
                "components": [ { "key": "x", "type": "text", "label": { "ja": "x" }, "required": true } ] } ] }
            """;
        var warnings = Lint(json);
        Assert.Contains(warnings, w => w.Code == "unreachable_page" && w.Path == "$.pages[1].visibleWhen");
        Assert.Contains(warnings, w => w.Code == "required_always_hidden" && w.Path == "$.pages[1].components[0]");
    }

    [Fact]
    public void Page_condition_on_a_later_page_is_reported()
    {
        var json = """
            { "schemaVersion": 1, "title": { "ja": "t" }, "pages": [
              { "key": "a", "title": { "ja": "a" }, "visibleWhen": ["equals", ["field", "ok"], true], "components": [ { "key": "x", "type": "text", "label": { "ja": "x" } } ] },
              { "key": "b", "title": { "ja": "b" }, "components": [ { "key": "ok", "type": "yesNo", "label": { "ja": "ok" } } ] } ] }
            """;
        Assert.Contains(Lint(json), w => w.Code == "condition_reads_later_page");
    }
}
