using System.Text.Json.Nodes;

using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

using Madoguchi.Forms.Definitions;
using Madoguchi.Forms.Tests.Expressions;
using Madoguchi.Forms.Tests.Fixtures;

namespace Madoguchi.Forms.Tests.Definitions;

public class ParserPropertyTests
{
    [Property]
    public bool Parser_never_throws_on_arbitrary_strings(string? text)
    {
        var result = FormDefinitionParser.Parse(text ?? "");
        return result.Success || result.Problems.Count > 0;
    }

    [Property(MaxTest = 300)]
    public bool Parser_never_throws_on_mutated_definitions(NonNegativeInt position, char replacement)
    {
        var json = Fixture.Json("juminhyo");
        var i = position.Get % json.Length;
        var mutated = json[..i] + replacement + json[(i + 1)..];
        var result = FormDefinitionParser.Parse(mutated);
        return result.Success || result.Problems.Count > 0;
    }

    [Property(MaxTest = 300)]
    public Property Parser_never_throws_on_arbitrary_json_in_any_slot()
    {
        var slots = new[] { "key", "type", "label", "required", "visibleWhen", "choices", "settings", "components", "validations", "value" };
        return Prop.ForAll(RandomJson.Generator.ToArbitrary(), Gen.Elements(slots).ToArbitrary(), (node, slot) =>
        {
            var component = new JsonObject { ["key"] = "x", ["type"] = "text", ["label"] = new JsonObject { ["ja"] = "x" } };
            component[slot] = node?.DeepClone();
            var result = FormDefinitionParser.Parse(Fixture.OnePage(component.ToJsonString()));
            return result.Success || result.Problems.Count > 0;
        });
    }
}
