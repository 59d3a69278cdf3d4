using System.Text.Json.Nodes;

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
}