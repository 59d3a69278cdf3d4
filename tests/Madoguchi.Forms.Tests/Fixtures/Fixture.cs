using System.Text.Json.Nodes;

using Madoguchi.Forms.Definitions;
using Madoguchi.Forms.Validation;

namespace Madoguchi.Forms.Tests.Fixtures;

/// <summary>The realistic definitions under Fixtures/, one per kind of procedure.</summary>
public static class Fixture
{
    public static readonly DateOnly Today = new(2025, 11, 27);

    public static IEnumerable<string> Names =>
        Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures"), "*.json").Select(Path.GetFileNameWithoutExtension)!;

    public static string Json(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name + ".json"));

    public static FormDefinition Definition(string name)
    {
        var result = FormDefinitionParser.Parse(Json(name));
        Assert.True(result.Success, string.Join("\n", result.Problems));
        return result.Definition!;
    }

    public static CompiledForm Form(string name) => new(Definition(name));

    public static FormValidationResult Validate(string name, string answers, string? page = null) =>
        Form(name).Validate(JsonNode.Parse(answers)!.AsObject(), new ValidationOptions(Today, page));

    /// <summary>A definition with one page holding the given components JSON.</summary>
    public static string OnePage(string components, string extra = "") =>
        $$"""{ "schemaVersion": 1, "title": { "ja": "テスト" }, {{extra}} "pages": [ { "key": "main", "title": { "ja": "ページ" }, "components": [ {{components}} ] } ] }""";

    public static CompiledForm Compile(string definitionJson)
    {
        var result = FormDefinitionParser.Parse(definitionJson);
        Assert.True(result.Success, string.Join("\n", result.Problems));
        return new CompiledForm(result.Definition!);
    }
}
