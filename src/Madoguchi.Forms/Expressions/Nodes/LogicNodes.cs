namespace Madoguchi.Forms.Expressions.Nodes;

/// <summary>Only boolean true counts as true; null and other values count as false.</summary>
internal sealed class AndNode(Node[] operands) : Node
{
    public Node[] Operands => operands;

    public override ExpressionValue Evaluate(EvaluationScope scope)
    {
        foreach (var operand in operands)
        {
            if (!operand.Evaluate(scope).IsTrue)
            {
                return ExpressionValue.False;
            }
        }
        return ExpressionValue.True;
    }
}

internal sealed class OrNode(Node[] operands) : Node
{
    public override ExpressionValue Evaluate(EvaluationScope scope)
    {
        foreach (var operand in operands)
        {
            if (operand.Evaluate(scope).IsTrue)
            {
                return ExpressionValue.True;
            }
        }
        return ExpressionValue.False;
    }
}

internal sealed class NotNode(Node operand) : Node
{
    public override ExpressionValue Evaluate(EvaluationScope scope) => ExpressionValue.FromBoolean(!operand.Evaluate(scope).IsTrue);
}

internal sealed class IfNode(Node condition, Node then, Node otherwise) : Node
{
    public override ExpressionValue Evaluate(EvaluationScope scope) =>
        condition.Evaluate(scope).IsTrue ? then.Evaluate(scope) : otherwise.Evaluate(scope);
}

internal sealed class CoalesceNode(Node[] operands) : Node
{
    public override ExpressionValue Evaluate(EvaluationScope scope)
    {
        foreach (var operand in operands)
        {
            var value = operand.Evaluate(scope);
            if (!value.IsNull)
            {
                return value;
            }
        }
        return ExpressionValue.Null;
    }
}
