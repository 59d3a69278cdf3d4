namespace Madoguchi.Forms.Definitions;

/// <summary>
/// The order in which computed values of one scope (the form's top level, or one group's items) are
/// evaluated: each after the computed values it reads. A cycle has no order; its members are returned.
/// </summary>
internal static class ComputedOrder
{
    public static IReadOnlyList<FormComponent> Sort(IEnumerable<FormComponent> scope, out IReadOnlyList<FormComponent> cycle)
    {
        var computed = new Dictionary<string, FormComponent>(StringComparer.Ordinal);
        foreach (var c in scope)
        {
            if (c.Type == "computed" && c.Value is not null)
            {
                computed.TryAdd(c.Key, c);
            }
        }
        var order = new List<FormComponent>();
        var state = new Dictionary<string, int>(StringComparer.Ordinal);
        var stuck = new List<FormComponent>();
        foreach (var c in computed.Values)
        {
            Visit(c, computed, state, order, stuck);
        }
        cycle = stuck;
        return order;
    }

    /// <summary>Depth-first; depth is bounded by the number of computed values (at most MaxComponents).</summary>
    private static void Visit(FormComponent c, Dictionary<string, FormComponent> computed, Dictionary<string, int> state, List<FormComponent> order, List<FormComponent> stuck)
    {
        if (state.TryGetValue(c.Key, out var s))
        {
            if (s == 1 && !stuck.Contains(c))
            {
                stuck.Add(c);
            }
            return;
        }
        state[c.Key] = 1;
        foreach (var field in c.Value!.ReferencedFields)
        {
            var head = field.Split('.')[0];
            if (computed.TryGetValue(head, out var dependency))
            {
                Visit(dependency, computed, state, order, stuck);
            }
        }
        state[c.Key] = 2;
        order.Add(c);
    }
}
