using System.Text.Json;
using System.Text.Json.Nodes;

using Madoguchi.Forms.Expressions;

namespace Madoguchi.Forms.Tests.Expressions;

/// <summary>The shared corpus (tests/corpus/expressions), also run by tests/js against the browser evaluator.</summary>
public class CorpusTests
{
    private static readonly DateOnly DefaultToday = new(2025, 11, 27);

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        var dir = Path.Combine(AppContext.BaseDirectory, "corpus", "expressions");
        foreach (var file in Directory.EnumerateFiles(dir, "*.json").Order(StringComparer.Ordinal))
        {
            foreach (var c in JsonNode.Parse(File.ReadAllText(file))!.AsArray())
            {
                data.Add($"{Path.GetFileName(file)}: {c!["name"]}", c.ToJsonString());
            }
        }
        return data;
    }

    [Fact]
    public void Corpus_has_at_least_120_cases() => Assert.True(Cases().Count >= 120);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_evaluates_as_expected(string name, string json)
    {
        using var document = JsonDocument.Parse(json);
        var c = document.RootElement;
        var parsed = Expression.Parse(c.GetProperty("expression"));
        var expects = JsonNode.Parse(c.GetProperty("expects").GetRawText());
        if (expects is JsonObject { Count: 1 } error && error["error"] is JsonValue code)
        {
            Assert.Contains(parsed.Problems, p => p.Code == code.GetValue<string>());
            return;
        }
        Assert.True(parsed.Expression is not null, $"{name}: {string.Join("; ", parsed.Problems)}");
        var data = c.TryGetProperty("data", out var d) && d.ValueKind == JsonValueKind.Object ? JsonNode.Parse(d.GetRawText())!.AsObject() : [];
        var today = c.TryGetProperty("today", out var t) ? DateOnly.Parse(t.GetString()!, System.Globalization.CultureInfo.InvariantCulture) : DefaultToday;
        var actual = parsed.Expression.Evaluate(new EvaluationScope(data, today)).ToNode();
        Assert.True(JsonSemantics.Equal(expects, actual), $"{name}: expected {expects?.ToJsonString() ?? "null"}, got {actual?.ToJsonString() ?? "null"}");
    }
}
