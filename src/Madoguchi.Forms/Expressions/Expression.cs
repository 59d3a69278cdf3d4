using System.Text.Json;
using System.Text.Json.Nodes;

using Madoguchi.Forms.Definitions;

namespace Madoguchi.Forms.Expressions;

/// <summary>
/// A compiled JSON-array expression (["equals", ["field", "resident"], "yes"]).
/// Pure data: never evaluates source code. See docs/form-schema.md for the operators.
/// </summary>
public abstract class Expression
{
    /// <summary>The expression as written, for the browser evaluator (data-visible-when attributes).</summary>
    public abstract JsonNode? Source { get; }

    /// <summary>Data paths this expression reads (for cycle detection and the linter).</summary>
    public abstract IReadOnlyCollection<string> ReferencedFields { get; }

    public abstract ExpressionValue Evaluate(EvaluationScope scope);

    /// <summary>Compiles a standalone expression (no form, so field names are not checked).</summary>
    public static ExpressionParseResult Parse(JsonElement source)
    {
        if (JsonText.FirstUnreadable(source) is { } bad)
        {
            return new ExpressionParseResult(null, [new DefinitionProblem(bad, "invalid_json", "The text holds an unpaired surrogate escape.")]);
        }
        var problems = new List<DefinitionProblem>();
        var compiled = ExpressionCompiler.Compile(source, "$", KeyScope.Open, problems);
        return new ExpressionParseResult(problems.Count == 0 ? compiled : null, problems);
    }

    /// <summary>Compiles a standalone expression from JSON text.</summary>
    public static ExpressionParseResult Parse(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = ExpressionCompiler.MaxDepth * 2 });
            return Parse(document.RootElement);
        }
        catch (JsonException e)
        {
            return new ExpressionParseResult(null, [new DefinitionProblem("$", "invalid_json", e.Message)]);
        }
    }
}

public sealed record ExpressionParseResult(Expression? Expression, IReadOnlyList<DefinitionProblem> Problems);
