using Madoguchi.Forms.Definitions;
using Madoguchi.Forms.Fields;

namespace Madoguchi.Forms.Validation;

/// <summary>
/// One data scope resolved once: its components with their field types, the keys an answer may
/// use, and the order of its computed values. Built by CompiledForm; read-only afterwards.
/// </summary>
internal sealed class ScopePlan
{
    public ScopePlan(IReadOnlyList<FormComponent> components, FieldTypes types)
    {
        var entries = new List<PlanEntry>(components.Count);
        foreach (var c in components)
        {
            var type = types.Get(c.Type);
            var children = c.Components.Count > 0 ? new ScopePlan(c.Components, types) : null;
            var entry = new PlanEntry(c, type, children);
            entries.Add(entry);
            _byComponent.TryAdd(c, entry);
            if (type.HasValue || type.Name == "computed")
            {
                AcceptedKeys.Add(c.Key);
            }
        }
        Entries = [.. entries];
        Computed = [.. ComputedOrder.Sort(components, out _)];
    }

    private readonly Dictionary<FormComponent, PlanEntry> _byComponent = new(ReferenceEqualityComparer.Instance);

    public PlanEntry[] Entries { get; }
    public FormComponent[] Computed { get; }
    public HashSet<string> AcceptedKeys { get; } = new(StringComparer.Ordinal);

    public PlanEntry? Find(FormComponent component) => _byComponent.GetValueOrDefault(component);
}

internal sealed record PlanEntry(FormComponent Component, FieldType Type, ScopePlan? Items);
