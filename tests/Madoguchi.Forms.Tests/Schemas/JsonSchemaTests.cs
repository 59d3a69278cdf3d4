using System.Text.Json;
using System.Text.Json.Nodes;

using Json.Schema;

using Madoguchi.Forms.Expressions;
using Madoguchi.Forms.Fields;
using Madoguchi.Forms.Tests.Fixtures;

namespace Madoguchi.Forms.Tests.Schemas;

/// <summary>schemas/form-definition-v1.schema.json agrees with the engine on structure.</summary>
public class JsonSchemaTests
{
    private static readonly string SchemaPath = Path.Combine(AppContext.BaseDirectory, "schemas", "form-definition-v1.schema.json");
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(File.ReadAllText(SchemaPath)));

    private static bool Valid(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Schema.Value.Evaluate(document.RootElement, EvaluationOptions.Default).IsValid;
    }

    public static TheoryData<string> FixtureNames() => [.. Fixture.Names];

    [Theory]
    [MemberData(nameof(FixtureNames))]
    public void Every_fixture_validates_against_the_schema(string name) => Assert.True(Valid(Fixture.Json(name)));

    [Theory]
    [InlineData("""{ "key": "x", "type": "text", "label": { "en": "No Japanese" } }""")]
    [InlineData("""{ "key": "x", "type": "slider", "label": { "ja": "x" } }""")]
    [InlineData("""{ "key": "X", "type": "text", "label": { "ja": "x" } }""")]
    [InlineData("""{ "key": "x", "type": "singleChoice", "label": { "ja": "x" } }""")]
    [InlineData("""{ "key": "x", "type": "repeatingGroup", "label": { "ja": "x" }, "components": [] }""")]
    [InlineData("""{ "key": "x", "type": "text", "label": { "ja": "x" }, "visibleWhen": ["plus", 1] }""")]
    [InlineData("""{ "key": "x", "type": "text", "label": { "ja": "x" }, "value": 1 }""")]
    [InlineData("""{ "key": "x", "type": "text", "label": { "ja": "x" }, "visibleWhen": ["and", true, ["plus", 1]] }""")]
    [InlineData("""{ "key": "x", "type": "text" }""")]
    public void Broken_components_fail_the_schema_as_they_fail_the_parser(string component)
    {
        var json = Fixture.OnePage(component);
        Assert.False(Valid(json));
        Assert.False(Forms.Definitions.FormDefinitionParser.Parse(json).Success);
    }

    [Fact]
    public void Schema_lists_exactly_the_engine_operators_and_field_types()
    {
        var schema = JsonNode.Parse(File.ReadAllText(SchemaPath))!;
        var operators = schema["$defs"]!["expression"]!["anyOf"]![1]!["prefixItems"]![0]!["enum"]!.AsArray().Select(n => n!.GetValue<string>());
        var types = schema["$defs"]!["component"]!["properties"]!["type"]!["enum"]!.AsArray().Select(n => n!.GetValue<string>());
        Assert.Equal(Operators.Names.Order(StringComparer.Ordinal), operators.Order(StringComparer.Ordinal));
        Assert.Equal(FieldTypes.Default.Names.Order(StringComparer.Ordinal), types.Order(StringComparer.Ordinal));
    }
}
