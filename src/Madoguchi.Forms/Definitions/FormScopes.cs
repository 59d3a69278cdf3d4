namespace Madoguchi.Forms.Definitions;

/// <summary>The data scopes of a form: all top-level components, then each repeating group's children.</summary>
internal static class FormScopes
{
    public static IEnumerable<IReadOnlyList<FormComponent>> All(FormDefinition definition)
    {
        var top = definition.Pages.SelectMany(p => p.Components).ToList();
        yield return top;
        var pending = new Stack<FormComponent>(top);
        while (pending.Count > 0)
        {
            var c = pending.Pop();
            if (c.Components.Count > 0)
            {
                yield return c.Components;
                foreach (var child in c.Components)
                {
                    pending.Push(child);
                }
            }
        }
    }
}
