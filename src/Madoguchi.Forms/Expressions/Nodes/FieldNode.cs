using System.Text.Json;
using System.Text.Json.Nodes;

namespace Madoguchi.Forms.Expressions.Nodes;

/// <summary>["field", "a.b"]: the first segment is looked up through the scopes, the rest reads into objects.</summary>
internal sealed class FieldNode(string path, string[] segments) : Node
{
    public string Path => path;

    public static Node? Build(OperatorInput input)
    {
        var raw = input.Raw(0);
        var path = raw.ValueKind == JsonValueKind.String ? raw.GetString()! : "";
        var segments = path.Split('.');
        if (path.Length == 0 || Array.Exists(segments, s => s.Length == 0))
        {
            input.Context.Problem(input.PathOf(0), "invalid_operand", "\"field\" takes a data path such as \"copies\" or \"applicant.familyKana\".");
            return null;
        }
        if (!input.Scope.Resolves(segments[0]))
        {
            input.Context.Problem(input.PathOf(0), "unknown_field", $"No field \"{segments[0]}\" is in scope here.");
            return null;
        }
        input.Context.Referenced(path);
        return new FieldNode(path, segments);
    }

    public override ExpressionValue Evaluate(EvaluationScope scope)
    {
        var node = scope.Lookup(segments[0], out _);
        for (var i = 1; i < segments.Length && node is not null; i++)
        {
            node = node is JsonObject obj && obj.TryGetPropertyValue(segments[i], out var child) ? child : null;
        }
        return ValueConversion.FromNode(node);
    }
}
