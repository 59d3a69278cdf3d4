using System.Text.Json;

using Madoguchi.Forms.Definitions.Parsing;
using Madoguchi.Forms.Fields;

namespace Madoguchi.Forms.Definitions;

/// <summary>A problem in a definition, located by JSON path (e.g. "$.pages[0].components[2].key").</summary>
public sealed record DefinitionProblem(string Path, string Code, string Message, ProblemSeverity Severity = ProblemSeverity.Error);

public enum ProblemSeverity { Error, Warning }

public sealed record DefinitionParseResult(FormDefinition? Definition, IReadOnlyList<DefinitionProblem> Problems)
{
    public bool Success => Definition is not null;
}

/// <summary>CONTRACT: parses JSON text into a FormDefinition, listing every problem (not only the first).</summary>
public static class FormDefinitionParser
{
    private static readonly string[] Allowed = ["$schema", "schemaVersion", "title", "fee", "duplicateKeys", "pages"];

    public static DefinitionParseResult Parse(string json) => Parse(json, FieldTypes.Default);

    public static DefinitionParseResult Parse(string json, FieldTypes types)
    {
        if (json is null || json.Length > DefinitionLimits.MaxChars)
        {
            return Fail("too_large", $"A definition may be at most {DefinitionLimits.MaxChars} characters.");
        }
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = DefinitionLimits.MaxJsonDepth });
            return Expressions.JsonText.FirstUnreadable(document.RootElement) is { } bad
                ? new DefinitionParseResult(null, [new DefinitionProblem(bad, "invalid_json", "The text holds an unpaired surrogate escape (such as \\ud800 without its pair).")])
                : Parse(document.RootElement, new ParseContext(types));
        }
        catch (JsonException e)
        {
            var code = e.Message.Contains("depth", StringComparison.OrdinalIgnoreCase) ? "too_deep" : "invalid_json";
            return Fail(code, $"Not valid JSON (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}): {e.Message}");
        }
    }

    private static DefinitionParseResult Parse(JsonElement root, ParseContext context)
    {
        if (!context.IsObject(root, "$"))
        {
            return new DefinitionParseResult(null, context.Problems);
        }
        context.OnlyProperties(root, "$", Allowed);
        if (context.Property(root, "schemaVersion", "$", required: true) is { } version
            && !(version.ValueKind == JsonValueKind.Number && version.TryGetInt32(out var number) && number == 1))
        {
            context.Error("$.schemaVersion", "unsupported_version", $"Version {version.GetRawText()} is not supported; this engine reads version 1.");
        }
        var scope = KeyPrescan.Collect(root, context);
        var definition = new FormDefinition
        {
            SchemaVersion = 1,
            Title = context.Text(root, "title", "$", required: true) ?? new LocalizedText(""),
            Pages = PageParser.ParseAll(root, scope, context),
            Fee = context.Expression(root, "fee", "$", scope),
            DuplicateKeys = DuplicateKeys(root, scope, context),
        };
        CheckCycles(definition, context);
        return new DefinitionParseResult(context.Problems.Count == 0 ? definition : null, context.Problems);
    }

    private static List<string> DuplicateKeys(JsonElement root, Expressions.KeyScope scope, ParseContext context)
    {
        if (context.Property(root, "duplicateKeys", "$", false) is not { } keys)
        {
            return [];
        }
        if (keys.ValueKind != JsonValueKind.Array || keys.EnumerateArray().Any(k => k.ValueKind != JsonValueKind.String))
        {
            context.Error("$.duplicateKeys", "wrong_type", "duplicateKeys is an array of data paths.");
            return [];
        }
        var list = keys.EnumerateArray().Select(k => k.GetString()!).ToList();
        for (var i = 0; i < list.Count; i++)
        {
            if (!scope.Contains(list[i].Split('.')[0]))
            {
                context.Error($"$.duplicateKeys[{i}]", "unknown_field", $"No top-level field \"{list[i]}\".");
            }
        }
        return list;
    }

    private static void CheckCycles(FormDefinition definition, ParseContext context)
    {
        foreach (var scope in FormScopes.All(definition))
        {
            ComputedOrder.Sort(scope, out var cycle);
            foreach (var c in cycle)
            {
                var path = context.Paths.TryGetValue(c, out var p) ? $"{p}.value" : "$";
                context.Error(path, "cycle", $"The computed value \"{c.Key}\" depends on itself through other computed values.");
            }
        }
    }

    private static DefinitionParseResult Fail(string code, string message) =>
        new(null, [new DefinitionProblem("$", code, message)]);
}
