namespace Madoguchi.Forms.Expressions.Nodes;

/// <summary>Not null, not "" and not an empty list.</summary>
internal sealed class AnsweredNode(Node operand) : Node
{
    public override ExpressionValue Evaluate(EvaluationScope scope)
    {
        var v = operand.Evaluate(scope);
        return ExpressionValue.FromBoolean(v.Kind switch
        {
            ValueKind.Null => false,
            ValueKind.Text => v.Text.Length > 0,
            ValueKind.List => v.Count > 0,
            _ => true,
        });
    }
}

/// <summary>Items of a list; an unanswered (null) list has 0 items.</summary>
internal sealed class CountNode(Node operand) : Node
{
    public override ExpressionValue Evaluate(EvaluationScope scope)
    {
        var v = operand.Evaluate(scope);
        return v.Kind switch
        {
            ValueKind.List => ExpressionValue.FromNumber(v.Count),
            ValueKind.Null => ExpressionValue.FromNumber(0m),
            _ => ExpressionValue.Null,
        };
    }
}
