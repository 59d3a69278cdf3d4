using System.Text.Json.Nodes;

using Madoguchi.Forms.Definitions;
using Madoguchi.Forms.Fields;

namespace Madoguchi.Forms.Validation;

/// <summary>
/// CONTRACT: a definition prepared once (expressions compiled, field types resolved) and then used
/// for every request. Thread-safe and immutable.
/// </summary>
public sealed class CompiledForm
{
    private readonly Dictionary<FormComponent, FormComponent?> _parents = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<FormComponent, ScopePlan> _itemPlans = new(ReferenceEqualityComparer.Instance);

    public CompiledForm(FormDefinition definition)
        : this(definition, FieldTypes.Default)
    {
    }

    public CompiledForm(FormDefinition definition, FieldTypes types)
    {
        Definition = definition;
        Types = types;
        Plan = new ScopePlan([.. definition.Pages.SelectMany(p => p.Components)], types);
        var plans = new Stack<ScopePlan>([Plan]);
        while (plans.Count > 0)
        {
            foreach (var entry in plans.Pop().Entries)
            {
                if (entry.Items is not null)
                {
                    _itemPlans[entry.Component] = entry.Items;
                    plans.Push(entry.Items);
                }
            }
        }
        foreach (var scope in FormScopes.All(definition))
        {
            foreach (var c in scope)
            {
                _parents.TryAdd(c, null);
                foreach (var child in c.Components)
                {
                    _parents[child] = c;
                }
            }
        }
    }

    public FormDefinition Definition { get; }
    public FieldTypes Types { get; }
    internal ScopePlan Plan { get; }

    /// <summary>
    /// Normalises raw answers (strings from an HTML form or typed JSON from the API), drops answers to
    /// hidden fields, evaluates computed values and the fee, and lists every error.
    /// </summary>
    public FormValidationResult Validate(JsonObject answers, ValidationOptions options)
    {
        try
        {
            var run = new FormRun(this, answers, options.Today, options.PageKey);
            var fee = Fee.Evaluate(Definition.Fee, run, options.PageKey is null);
            return new FormValidationResult(run.Errors, run.Data, fee);
        }
        catch (InvalidOperationException) when (UnreadableText.In(answers))
        {
            return UnreadableText.Result;
        }
    }

    /// <summary>Pages whose visibleWhen holds for these answers, in order (none for unreadable answers).</summary>
    public IReadOnlyList<FormPage> VisiblePages(JsonObject answers, DateOnly today)
    {
        try
        {
            return new FormRun(this, answers, today, "").VisiblePages;
        }
        catch (InvalidOperationException) when (UnreadableText.In(answers))
        {
            return [];
        }
    }

    /// <summary>
    /// Whether a component is shown for these answers: its page, its enclosing groups and its own
    /// visibleWhen. For a component inside a repeating group, item is that item's answers.
    /// </summary>
    public bool IsVisible(FormComponent component, JsonObject answers, DateOnly today, JsonObject? item = null)
    {
        try
        {
            return Visibility.IsVisible(this, component, answers, today, item);
        }
        catch (InvalidOperationException) when (UnreadableText.In(answers) || (item is not null && UnreadableText.In(item)))
        {
            return false;
        }
    }

    /// <summary>The field type that handles a component of this form (for rendering and custom logic).</summary>
    public FieldType FieldTypeOf(FormComponent component) => Types.Get(component.Type);

    internal ScopePlan? ItemPlanOf(FormComponent group) => _itemPlans.GetValueOrDefault(group);

    internal FormComponent? ParentOf(FormComponent component) => _parents.GetValueOrDefault(component);
}
