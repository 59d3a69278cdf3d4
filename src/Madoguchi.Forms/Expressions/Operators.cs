using System.Diagnostics.CodeAnalysis;

using Madoguchi.Forms.Expressions.Nodes;

namespace Madoguchi.Forms.Expressions;

/// <summary>The operator table: name, arity and how to build its node. docs/form-schema.md mirrors it.</summary>
internal static class Operators
{
    private const int Many = int.MaxValue;

    private static readonly Dictionary<string, Operator> Table = new(StringComparer.Ordinal)
    {
        ["literal"] = new(1, 1, i => ExpressionCompiler.Literal(i.Raw(0), i.PathOf(0), i.Context)),
        ["field"] = new(1, 1, FieldNode.Build),
        ["today"] = new(0, 0, _ => new TodayNode()),
        ["and"] = new(1, Many, i => Make(i, a => new AndNode(a))),
        ["or"] = new(1, Many, i => Make(i, a => new OrNode(a))),
        ["not"] = new(1, 1, i => Make(i, a => new NotNode(a[0]))),
        ["if"] = new(3, 3, i => Make(i, a => new IfNode(a[0], a[1], a[2]))),
        ["equals"] = new(2, 2, i => Make(i, a => new EqualsNode(a[0], a[1], negate: false))),
        ["notEquals"] = new(2, 2, i => Make(i, a => new EqualsNode(a[0], a[1], negate: true))),
        ["lessThan"] = new(2, 2, i => Make(i, a => new CompareNode(a[0], a[1], c => c < 0))),
        ["lessOrEqual"] = new(2, 2, i => Make(i, a => new CompareNode(a[0], a[1], c => c <= 0))),
        ["greaterThan"] = new(2, 2, i => Make(i, a => new CompareNode(a[0], a[1], c => c > 0))),
        ["greaterOrEqual"] = new(2, 2, i => Make(i, a => new CompareNode(a[0], a[1], c => c >= 0))),
        ["add"] = new(2, Many, i => Make(i, a => new ArithmeticNode(a, static (x, y) => x + y))),
        ["subtract"] = new(2, 2, i => Make(i, a => new ArithmeticNode(a, static (x, y) => x - y))),
        ["multiply"] = new(2, Many, i => Make(i, a => new ArithmeticNode(a, static (x, y) => x * y))),
        ["divide"] = new(2, 2, i => Make(i, a => new DivideNode(a[0], a[1]))),
        ["min"] = new(1, Many, i => Make(i, a => new ArithmeticNode(a, Math.Min))),
        ["max"] = new(1, Many, i => Make(i, a => new ArithmeticNode(a, Math.Max))),
        ["round"] = new(1, 2, i => Make(i, a => new RoundNode(a[0], a.Length > 1 ? a[1] : null))),
        ["floor"] = new(1, 1, i => Make(i, a => new FloorNode(a[0]))),
        ["coalesce"] = new(1, Many, i => Make(i, a => new CoalesceNode(a))),
        ["answered"] = new(1, 1, i => Make(i, a => new AnsweredNode(a[0]))),
        ["in"] = new(2, 2, i => Make(i, a => new ContainsNode(a[1], a[0], listOnly: true))),
        ["contains"] = new(2, 2, i => Make(i, a => new ContainsNode(a[0], a[1], listOnly: false))),
        ["count"] = new(1, 1, i => Make(i, a => new CountNode(a[0]))),
        ["sum"] = new(1, 2, i => AggregateNode.Build(i, AggregateKind.Sum)),
        ["any"] = new(1, 2, i => AggregateNode.Build(i, AggregateKind.Any)),
        ["all"] = new(1, 2, i => AggregateNode.Build(i, AggregateKind.All)),
        ["yearsBetween"] = new(2, 2, i => Make(i, a => new DateDiffNode(a[0], a[1], years: true))),
        ["daysBetween"] = new(2, 2, i => Make(i, a => new DateDiffNode(a[0], a[1], years: false))),
        ["addDays"] = new(2, 2, i => Make(i, a => new AddDaysNode(a[0], a[1]))),
        ["concat"] = new(0, Many, i => Make(i, a => new ConcatNode(a))),
        ["length"] = new(1, 1, i => Make(i, a => new LengthNode(a[0]))),
    };

    public static IEnumerable<string> Names => Table.Keys;

    public static bool TryGet(string name, [NotNullWhen(true)] out Operator? op) => Table.TryGetValue(name, out op);

    private static Node? Make(OperatorInput input, Func<Node[], Node> build)
    {
        var operands = input.Operands();
        return operands is null ? null : build(operands);
    }
}

internal sealed record Operator(int MinArgs, int MaxArgs, Func<OperatorInput, Node?> Build)
{
    public string ArityText => MaxArgs == int.MaxValue ? $"at least {MinArgs}" : MinArgs == MaxArgs ? $"{MinArgs}" : $"{MinArgs} to {MaxArgs}";
}
