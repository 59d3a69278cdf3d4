using System.Text.Json;
using System.Text.Json.Nodes;

using Madoguchi.Forms.Definitions;
using Madoguchi.Forms.Expressions.Nodes;

namespace Madoguchi.Forms.Expressions;

/// <summary>Turns expression JSON into a node tree once; evaluation never looks at JSON again.</summary>
internal static class ExpressionCompiler
{
    public const int MaxDepth = 32;

    public static CompiledExpression? Compile(JsonElement source, string path, KeyScope scope, List<DefinitionProblem> problems)
    {
        var before = problems.Count;
        var fields = new HashSet<string>(StringComparer.Ordinal);
        var context = new CompileContext(problems, fields);
        var root = CompileNode(source, path, scope, context, 0);
        if (problems.Count != before || root is null)
        {
            return null;
        }
        return new CompiledExpression(root, JsonNode.Parse(source.GetRawText()), fields);
    }

    internal static Node? CompileNode(JsonElement e, string path, KeyScope scope, CompileContext context, int depth)
    {
        if (depth > MaxDepth)
        {
            context.Problem(path, "too_deep", $"Expressions may nest at most {MaxDepth} levels.");
            return null;
        }
        switch (e.ValueKind)
        {
            case JsonValueKind.Array:
                return CompileOperator(e, path, scope, context, depth);
            case JsonValueKind.Object:
                context.Problem(path, "invalid_expression", "An expression is a literal or an array [\"operator\", ...]; write objects as [\"literal\", {...}].");
                return null;
            default:
                return Literal(e, path, context);
        }
    }

    private static Node? CompileOperator(JsonElement e, string path, KeyScope scope, CompileContext context, int depth)
    {
        if (e.GetArrayLength() == 0 || e[0].ValueKind != JsonValueKind.String)
        {
            context.Problem(path, "invalid_expression", "An expression array starts with an operator name; write lists as [\"literal\", [...]].");
            return null;
        }
        var name = e[0].GetString()!;
        if (!Operators.TryGet(name, out var op))
        {
            context.Problem(path + "[0]", "unknown_operator", $"Unknown operator \"{name}\".");
            return null;
        }
        var argCount = e.GetArrayLength() - 1;
        if (argCount < op.MinArgs || argCount > op.MaxArgs)
        {
            context.Problem(path, "arity", $"\"{name}\" takes {op.ArityText} operand(s), not {argCount}.");
            return null;
        }
        return op.Build(new OperatorInput(e, path, scope, context, depth));
    }

    internal static Node? Literal(JsonElement e, string path, CompileContext context)
    {
        if (e.ValueKind != JsonValueKind.Number)
        {
            return new LiteralNode(ValueConversion.FromNode(JsonNode.Parse(e.GetRawText())));
        }
        if (e.TryGetDecimal(out var number))
        {
            return new LiteralNode(ExpressionValue.FromNumber(number));
        }
        context.Problem(path, "invalid_number", "The number does not fit a decimal.");
        return null;
    }
}

internal sealed class CompileContext(List<DefinitionProblem> problems, HashSet<string> fields)
{
    public void Problem(string path, string code, string message) => problems.Add(new DefinitionProblem(path, code, message));

    public void Referenced(string field) => fields.Add(field);
}
