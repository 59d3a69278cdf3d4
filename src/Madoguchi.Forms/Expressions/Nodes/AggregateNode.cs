using System.Text.Json;
using System.Text.Json.Nodes;

namespace Madoguchi.Forms.Expressions.Nodes;

internal enum AggregateKind { Sum, Any, All }

/// <summary>
/// ["sum"|"any"|"all", list, itemExpression?]: the item expression runs in each item's scope, so
/// ["sum", ["field", "items"], ["field", "fee"]] adds each item's fee. Null items are skipped.
/// </summary>
internal sealed class AggregateNode(Node list, Node? item, AggregateKind kind) : Node
{
    public static Node? Build(OperatorInput input, AggregateKind kind)
    {
        var list = input.Operand(0);
        var item = input.Count > 1 ? input.Operand(1, input.Scope.ItemScopeOf(GroupName(input.Raw(0)))) : null;
        return list is null || (input.Count > 1 && item is null) ? null : new AggregateNode(list, item, kind);
    }

    private static string GroupName(JsonElement e) =>
        e.ValueKind == JsonValueKind.Array && e.GetArrayLength() == 2 && e[1].ValueKind == JsonValueKind.String
            ? e[1].GetString()!.Split('.')[0]
            : "";

    public override ExpressionValue Evaluate(EvaluationScope scope)
    {
        var items = list.Evaluate(scope);
        if (items.Kind == ValueKind.Null)
        {
            return kind == AggregateKind.Sum ? ExpressionValue.FromNumber(0m) : ExpressionValue.FromBoolean(kind == AggregateKind.All);
        }
        if (items.Kind != ValueKind.List)
        {
            return ExpressionValue.Null;
        }
        return kind == AggregateKind.Sum ? Sum(items, scope) : AnyAll(items, scope);
    }

    private ExpressionValue ValueOf(ExpressionValue element, EvaluationScope scope)
    {
        if (item is null)
        {
            return element;
        }
        return item.Evaluate(element.Record is JsonObject obj ? scope.ForItem(obj) : scope);
    }

    private ExpressionValue Sum(ExpressionValue items, EvaluationScope scope)
    {
        var total = 0m;
        for (var i = 0; i < items.Count; i++)
        {
            var v = ValueOf(items.ItemAt(i), scope);
            if (v.IsNull)
            {
                continue;
            }
            if (v.Kind != ValueKind.Number || !DecimalMath.TryApply(static (x, y) => x + y, total, v.Number, out total))
            {
                return ExpressionValue.Null;
            }
        }
        return ExpressionValue.FromNumber(total);
    }

    private ExpressionValue AnyAll(ExpressionValue items, EvaluationScope scope)
    {
        var wanted = kind == AggregateKind.Any;
        for (var i = 0; i < items.Count; i++)
        {
            if (ValueOf(items.ItemAt(i), scope).IsTrue == wanted)
            {
                return ExpressionValue.FromBoolean(wanted);
            }
        }
        return ExpressionValue.FromBoolean(!wanted);
    }
}
