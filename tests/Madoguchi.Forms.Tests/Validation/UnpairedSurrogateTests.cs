using System.Text.Json.Nodes;

using Madoguchi.Forms.Definitions;
using Madoguchi.Forms.Expressions;
using Madoguchi.Forms.Tests.Fixtures;
using Madoguchi.Forms.Validation;

namespace Madoguchi.Forms.Tests.Validation;

/// <summary>JSON text may escape half a surrogate pair ("\ud800"); System.Text.Json throws when it is read.</summary>
public class UnpairedSurrogateTests
{
    private static readonly ValidationOptions Whole = new(Fixture.Today);

    [Fact]
    public void Definition_with_an_unpaired_surrogate_escape_is_a_problem_not_a_crash()
    {
        var result = FormDefinitionParser.Parse(Fixture.OnePage("""{ "key": "x", "type": "text", "label": { "ja": "\ud800" } }"""));
        Assert.Equal("$.pages[0].components[0].label.ja", Assert.Single(result.Problems).Path);
    }

    [Fact]
    public void Expression_with_an_unpaired_surrogate_escape_is_a_problem() =>
        Assert.Equal("invalid_json", Assert.Single(Expression.Parse("""["literal", ["\udc00"]]""").Problems).Code);

    [Fact]
    public void Answer_with_an_unpaired_surrogate_escape_is_an_invalid_character()
    {
        var answers = JsonNode.Parse("""{ "purpose": "other", "purposeOther": "\ud800", "copies": "\ud800", "includeHousehold": "\ud800", "applicant": { "family": "\ud800" } }""")!.AsObject();
        var errors = Fixture.Form("juminhyo").Validate(answers, Whole).Errors;
        Assert.Contains(errors, e => e.Path == "purposeOther" && e.Code == "invalid_character");
        Assert.Contains(errors, e => e.Path == "applicant.family" && e.Code == "invalid_character");
        Assert.Contains(errors, e => e.Path == "copies" && e.Code == "invalid_number");
    }

    [Fact]
    public void Answer_key_with_an_unpaired_surrogate_escape_rejects_the_answers()
    {
        var form = Fixture.Form("juminhyo");
        var result = form.Validate(JsonNode.Parse("""{ "\ud800": 1 }""")!.AsObject(), Whole);
        Assert.Equal("invalid_json", Assert.Single(result.Errors).Code);
        Assert.Empty(form.VisiblePages(JsonNode.Parse("""{ "\ud800": 1 }""")!.AsObject(), Fixture.Today));
    }

    [Fact]
    public void Expression_reading_unreadable_data_gives_null()
    {
        var expression = Expression.Parse("""["field", "x"]""").Expression!;
        var data = JsonNode.Parse("""{ "x": "\ud800" }""")!.AsObject();
        Assert.True(expression.Evaluate(new EvaluationScope(data, Fixture.Today)).IsNull);
    }
}
