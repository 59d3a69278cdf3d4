using System.Text.Json.Nodes;

using Madoguchi.Forms.Expressions.Nodes;

namespace Madoguchi.Forms.Expressions;

/// <summary>The root of a compiled node tree with the JSON it came from.</summary>
internal sealed class CompiledExpression(Node root, JsonNode? source, IReadOnlyCollection<string> fields) : Expression
{
    public override JsonNode? Source => source?.DeepClone();
    public override IReadOnlyCollection<string> ReferencedFields => fields;
    internal Node Root => root;

    public override ExpressionValue Evaluate(EvaluationScope scope) => root.Evaluate(scope);
}
