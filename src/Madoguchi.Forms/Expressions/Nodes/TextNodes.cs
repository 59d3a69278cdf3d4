using System.Globalization;
using System.Text;

namespace Madoguchi.Forms.Expressions.Nodes;

/// <summary>Joins strings, numbers (invariant, as stored) and booleans; null adds nothing; lists/objects give null.</summary>
internal sealed class ConcatNode(Node[] operands) : Node
{
    public override ExpressionValue Evaluate(EvaluationScope scope)
    {
        var text = new StringBuilder();
        foreach (var operand in operands)
        {
            var v = operand.Evaluate(scope);
            switch (v.Kind)
            {
                case ValueKind.Null:
                    break;
                case ValueKind.Text:
                case ValueKind.Number:
                case ValueKind.Boolean:
                    text.Append(v.ToString());
                    break;
                default:
                    return ExpressionValue.Null;
            }
        }
        return ExpressionValue.FromString(text.ToString());
    }
}

/// <summary>Characters as a person counts them (text elements), or the items of a list.</summary>
internal sealed class LengthNode(Node operand) : Node
{
    public override ExpressionValue Evaluate(EvaluationScope scope)
    {
        var v = operand.Evaluate(scope);
        return v.Kind switch
        {
            ValueKind.Text => ExpressionValue.FromNumber(new StringInfo(v.Text).LengthInTextElements),
            ValueKind.List => ExpressionValue.FromNumber(v.Count),
            _ => ExpressionValue.Null,
        };
    }
}
