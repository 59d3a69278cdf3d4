using System.Text.Json.Nodes;

using Madoguchi.Forms.Expressions;

namespace Madoguchi.Forms.Validation;

/// <summary>
/// Evaluates computed values: each group's items first (an item's values may feed a top-level sum),
/// then the top level, each scope in dependency order. In the final pass a computed value that the
/// visibility walk removed stays removed, and null results are left out of the data.
/// </summary>
internal static class Computed
{
    public static void Evaluate(ScopePlan plan, JsonObject data, EvaluationScope scope, bool final)
    {
        foreach (var entry in plan.Entries)
        {
            if (entry.Items is not null && data[entry.Component.Key] is JsonArray items)
            {
                foreach (var item in items)
                {
                    Evaluate(entry.Items, (JsonObject)item!, scope.ForItem((JsonObject)item!), final);
                }
            }
        }
        foreach (var c in plan.Computed)
        {
            if (final && !data.ContainsKey(c.Key))
            {
                continue;
            }
            var value = c.Value!.Evaluate(scope);
            if (final && value.IsNull)
            {
                data.Remove(c.Key);
            }
            else
            {
                data[c.Key] = value.ToNode();
            }
        }
    }
}
