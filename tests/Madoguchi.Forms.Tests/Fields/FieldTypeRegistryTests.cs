using System.Text.Json.Nodes;

using Madoguchi.Forms.Definitions;
using Madoguchi.Forms.Fields;
using Madoguchi.Forms.Validation;

namespace Madoguchi.Forms.Tests.Fields;

public class FieldTypeRegistryTests
{
    /// <summary>A city's own type: a 住民票コード-like 11-digit code.</summary>
    private sealed class ResidentCodeField : FieldType
    {
        public override string Name => "residentCode";

        public override FieldResult Normalize(JsonNode? raw, FormComponent component, FieldContext context) =>
            raw?.GetValue<string>() is { Length: 11 } code && code.All(char.IsAsciiDigit)
                ? FieldResult.Ok(JsonValue.Create(code))
                : FieldResult.Fail("invalid_resident_code", new LocalizedText("住民票コードは11桁です", "A resident code has 11 digits"));
    }

    [Fact]
    public void Default_registry_has_every_built_in_type() =>
        Assert.Equal(20, FieldTypes.Default.Names.Count());

    [Fact]
    public void Unknown_type_lookup_throws_but_try_get_does_not()
    {
        Assert.Throws<KeyNotFoundException>(() => FieldTypes.Default.Get("residentCode"));
        Assert.False(FieldTypes.Default.TryGet("residentCode", out _));
    }

    [Fact]
    public void A_city_can_add_its_own_field_type()
    {
        var types = new FieldTypes(new ResidentCodeField());
        var json = Fixtures.Fixture.OnePage("""{ "key": "code", "type": "residentCode", "label": { "ja": "住民票コード" }, "required": true }""");
        Assert.False(FormDefinitionParser.Parse(json).Success);
        var parsed = FormDefinitionParser.Parse(json, types);
        Assert.True(parsed.Success, string.Join("\n", parsed.Problems));
        var form = new CompiledForm(parsed.Definition!, types);
        var result = form.Validate(new JsonObject { ["code"] = "123" }, new ValidationOptions(new DateOnly(2025, 11, 27)));
        Assert.Equal("invalid_resident_code", Assert.Single(result.Errors).Code);
    }
}
