using System.Text.Json.Nodes;

namespace Madoguchi.Forms.Expressions;

/// <summary>
/// The answers an expression reads, plus today's date. Inside a repeating group (or a sum/any/all
/// item expression) a child scope holds the item; a key is looked up in the innermost scope first.
/// </summary>
public sealed class EvaluationScope
{
    public EvaluationScope(JsonObject data, DateOnly today)
        : this(data, today, null)
    {
    }

    private EvaluationScope(JsonObject data, DateOnly today, EvaluationScope? parent)
    {
        Data = data;
        Today = today;
        Parent = parent;
    }

    public JsonObject Data { get; }
    public DateOnly Today { get; }
    public EvaluationScope? Parent { get; }

    public EvaluationScope ForItem(JsonObject item) => new(item, Today, this);

    /// <summary>The innermost scope that has this key, or null.</summary>
    public JsonNode? Lookup(string key, out bool found)
    {
        for (var scope = this; scope is not null; scope = scope.Parent)
        {
            if (scope.Data.TryGetPropertyValue(key, out var node))
            {
                found = true;
                return node;
            }
        }
        found = false;
        return null;
    }
}
