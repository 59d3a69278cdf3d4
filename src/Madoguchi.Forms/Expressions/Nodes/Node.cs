namespace Madoguchi.Forms.Expressions.Nodes;

/// <summary>One compiled operator. Evaluate never throws: type mismatches give ExpressionValue.Null.</summary>
internal abstract class Node
{
    public abstract ExpressionValue Evaluate(EvaluationScope scope);
}

internal sealed class LiteralNode(ExpressionValue value) : Node
{
    public ExpressionValue Value => value;

    public override ExpressionValue Evaluate(EvaluationScope scope) => value;
}

internal sealed class TodayNode : Node
{
    public override ExpressionValue Evaluate(EvaluationScope scope) => ExpressionValue.FromString(IsoDate.Format(scope.Today));
}
