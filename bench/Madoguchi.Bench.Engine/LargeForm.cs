using System.Globalization;
using System.Text.Json.Nodes;

namespace Madoguchi.Bench.Engine;

/// <summary>
/// A generated form of 20 pages × 10 fields = 200 fields, where every odd field has a visibleWhen
/// on the field before it (100 conditions), plus a fee. Deterministic, so runs compare. The
/// answers satisfy every condition: every field is shown and validated, the most work there is.
/// </summary>
internal static class LargeForm
{
    public const int Pages = 20;
    public const int FieldsPerPage = 10;
    public static readonly DateOnly Today = new(2026, 11, 27);

    public static string DefinitionJson()
    {
        var pages = new JsonArray();
        for (var p = 0; p < Pages; p++)
        {
            var components = new JsonArray();
            for (var f = 0; f < FieldsPerPage; f++)
            {
                components.Add(Field(p, f));
            }
            pages.Add(new JsonObject { ["key"] = $"page{p}", ["title"] = Text($"ページ{p}"), ["components"] = components });
        }
        return new JsonObject
        {
            ["schemaVersion"] = 1,
            ["title"] = Text("生成された大きな申請書"),
            ["fee"] = Parse("""["multiply", ["field", "p0f2"], 10]"""),
            ["pages"] = pages,
        }.ToJsonString();
    }

    public static string AnswersJson()
    {
        var answers = new JsonObject();
        for (var p = 0; p < Pages; p++)
        {
            for (var f = 0; f < FieldsPerPage; f++)
            {
                answers[Key(p, f)] = Answer(p, f);
            }
        }
        return answers.ToJsonString();
    }

    private static string Key(int page, int field) => $"p{page}f{field}";

    private static JsonObject Field(int p, int f)
    {
        var field = f switch
        {
            0 or 8 => Choice(),
            2 or 7 => Node("number", """{ "min": 0, "max": 1000, "decimalPlaces": 0 }"""),
            3 => Node("yesNo", null),
            4 => Node("date", """{ "maxDate": "today" }"""),
            5 => Node("email", null),
            _ => Node("text", """{ "maxLength": 100 }"""),
        };
        field["key"] = Key(p, f);
        field["label"] = Text($"項目{p}-{f}");
        field["required"] = true;
        var condition = f switch
        {
            1 => $$"""["equals", ["field", "{{Key(p, 0)}}"], "a"]""",
            3 => $$"""["greaterThan", ["field", "{{Key(p, 2)}}"], 10]""",
            5 => $$"""["equals", ["field", "{{Key(p, 3)}}"], true]""",
            7 => $$"""["answered", ["field", "{{Key(p, 6)}}"]]""",
            9 => $$"""["in", ["field", "{{Key(p, 8)}}"], ["literal", ["a", "b"]]]""",
            _ => null,
        };
        if (condition is not null)
        {
            field["visibleWhen"] = Parse(condition);
        }
        return field;
    }

    private static JsonNode Answer(int p, int f) => f switch
    {
        0 or 8 => "a",
        2 or 7 => (20 + p).ToString(CultureInfo.InvariantCulture),
        3 => "true",
        4 => "1985-04-01",
        5 => $"resident{p}@example.jp",
        _ => $"回答{p}-{f}",
    };

    private static JsonObject Choice() => new()
    {
        ["type"] = "singleChoice",
        ["choices"] = Parse("""[{ "value": "a", "label": { "ja": "A" } }, { "value": "b", "label": { "ja": "B" } }, { "value": "c", "label": { "ja": "C" } }]"""),
    };

    private static JsonObject Node(string type, string? settings)
    {
        var node = new JsonObject { ["type"] = type };
        if (settings is not null)
        {
            node["settings"] = Parse(settings);
        }
        return node;
    }

    private static JsonObject Text(string ja) => new() { ["ja"] = ja };

    private static JsonNode Parse(string json) => JsonNode.Parse(json)!;
}
