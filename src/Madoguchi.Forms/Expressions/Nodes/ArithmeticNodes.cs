namespace Madoguchi.Forms.Expressions.Nodes;

/// <summary>Decimal arithmetic folded left; any non-number operand or an overflow gives null.</summary>
internal sealed class ArithmeticNode(Node[] operands, Func<decimal, decimal, decimal> op) : Node
{
    public override ExpressionValue Evaluate(EvaluationScope scope)
    {
        var first = operands[0].Evaluate(scope);
        if (first.Kind != ValueKind.Number)
        {
            return ExpressionValue.Null;
        }
        var total = first.Number;
        for (var i = 1; i < operands.Length; i++)
        {
            var next = operands[i].Evaluate(scope);
            if (next.Kind != ValueKind.Number || !DecimalMath.TryApply(op, total, next.Number, out total))
            {
                return ExpressionValue.Null;
            }
        }
        return ExpressionValue.FromNumber(total);
    }
}

/// <summary>Quotient rounded half away from zero to 10 places, trailing zeros dropped; ÷0 gives null.</summary>
internal sealed class DivideNode(Node left, Node right) : Node
{
    public override ExpressionValue Evaluate(EvaluationScope scope)
    {
        var a = left.Evaluate(scope);
        var b = right.Evaluate(scope);
        if (a.Kind != ValueKind.Number || b.Kind != ValueKind.Number || b.Number == 0m)
        {
            return ExpressionValue.Null;
        }
        return DecimalMath.TryApply(static (x, y) => x / y, a.Number, b.Number, out var q)
            ? ExpressionValue.FromNumber(DecimalMath.Trim(Math.Round(q, 10, MidpointRounding.AwayFromZero)))
            : ExpressionValue.Null;
    }
}

/// <summary>["round", x, places?]: half away from zero (四捨五入), places 0–10.</summary>
internal sealed class RoundNode(Node value, Node? places) : Node
{
    public override ExpressionValue Evaluate(EvaluationScope scope)
    {
        var v = value.Evaluate(scope);
        var p = places?.Evaluate(scope) ?? ExpressionValue.FromNumber(0m);
        if (v.Kind != ValueKind.Number || p.Kind != ValueKind.Number || p.Number != decimal.Truncate(p.Number) || p.Number is < 0 or > 10)
        {
            return ExpressionValue.Null;
        }
        return ExpressionValue.FromNumber(Math.Round(v.Number, (int)p.Number, MidpointRounding.AwayFromZero));
    }
}

internal sealed class FloorNode(Node value) : Node
{
    public override ExpressionValue Evaluate(EvaluationScope scope)
    {
        var v = value.Evaluate(scope);
        return v.Kind == ValueKind.Number ? ExpressionValue.FromNumber(Math.Floor(v.Number)) : ExpressionValue.Null;
    }
}
