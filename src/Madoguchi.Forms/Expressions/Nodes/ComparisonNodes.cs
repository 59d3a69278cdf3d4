namespace Madoguchi.Forms.Expressions.Nodes;

/// <summary>equals/notEquals always give a boolean; values of different kinds are not equal.</summary>
internal sealed class EqualsNode(Node left, Node right, bool negate) : Node
{
    public Node Left => left;
    public Node Right => right;
    public bool Negate => negate;

    public override ExpressionValue Evaluate(EvaluationScope scope) =>
        ExpressionValue.FromBoolean(ValueComparison.AreEqual(left.Evaluate(scope), right.Evaluate(scope)) != negate);
}

/// <summary>Ordering of two numbers or two strings; anything else (null, mixed kinds) gives null.</summary>
internal sealed class CompareNode(Node left, Node right, Func<int, bool> test) : Node
{
    public override ExpressionValue Evaluate(EvaluationScope scope)
    {
        var order = ValueComparison.Compare(left.Evaluate(scope), right.Evaluate(scope));
        return order is { } o ? ExpressionValue.FromBoolean(test(o)) : ExpressionValue.Null;
    }
}

/// <summary>["contains", listOrString, value] and ["in", value, list] (lists only).</summary>
internal sealed class ContainsNode(Node container, Node item, bool listOnly) : Node
{
    public override ExpressionValue Evaluate(EvaluationScope scope)
    {
        var c = container.Evaluate(scope);
        var v = item.Evaluate(scope);
        if (c.Kind == ValueKind.Text && !listOnly)
        {
            return v.Kind == ValueKind.Text
                ? ExpressionValue.FromBoolean(c.Text.Contains(v.Text, StringComparison.Ordinal))
                : ExpressionValue.Null;
        }
        if (c.Kind != ValueKind.List)
        {
            return ExpressionValue.Null;
        }
        for (var i = 0; i < c.Count; i++)
        {
            if (ValueComparison.AreEqual(c.ItemAt(i), v))
            {
                return ExpressionValue.True;
            }
        }
        return ExpressionValue.False;
    }
}
