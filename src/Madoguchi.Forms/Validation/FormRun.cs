using System.Text.Json.Nodes;

using Madoguchi.Forms.Definitions;
using Madoguchi.Forms.Expressions;
using Madoguchi.Forms.Fields;

namespace Madoguchi.Forms.Validation;

/// <summary>
/// One pass over one set of answers: normalise everything, evaluate computed values so conditions
/// can read them, then walk the form in document order deciding visibility (dropping hidden
/// answers as it goes, so later conditions see them as unanswered), and finally recompute.
/// </summary>
internal sealed class FormRun
{
    private readonly CompiledForm _form;
    private readonly FieldContext _context;
    private readonly Dictionary<string, IReadOnlyList<FieldIssue>> _pending = new(StringComparer.Ordinal);
    private readonly string? _pageFilter;
    private bool _collect;

    public FormRun(CompiledForm form, JsonObject answers, DateOnly today, string? pageFilter)
    {
        _form = form;
        _context = new FieldContext(today);
        _pageFilter = pageFilter;
        Data = new JsonObject();
        Scope = new EvaluationScope(Data, today);
        Normalize(form.Plan, answers, Data, "", unknownAllowed: pageFilter is not null);
        Computed.Evaluate(form.Plan, Data, Scope, final: false);
        WalkPages();
        Computed.Evaluate(form.Plan, Data, Scope, final: true);
    }

    public JsonObject Data { get; }
    public EvaluationScope Scope { get; }
    public List<FieldError> Errors { get; } = [];
    public List<FormPage> VisiblePages { get; } = [];
    public HashSet<FormComponent> Hidden { get; } = new(ReferenceEqualityComparer.Instance);

    internal void Normalize(ScopePlan plan, JsonObject raw, JsonObject target, string prefix, bool unknownAllowed)
    {
        foreach (var entry in plan.Entries)
        {
            if (!entry.Type.HasValue)
            {
                continue;
            }
            var key = entry.Component.Key;
            var path = prefix + key;
            raw.TryGetPropertyValue(key, out var answer);
            var result = entry.Type.Normalize(answer, entry.Component, _context);
            if (!result.IsValid)
            {
                _pending[path] = result.Issues;
            }
            else if (entry.Items is not null && result.Value is JsonArray items)
            {
                target[key] = NormalizeItems(entry.Items, items, path, unknownAllowed);
            }
            else if (result.Value is not null)
            {
                target[key] = result.Value.Parent is null ? result.Value : result.Value.DeepClone();
            }
        }
        if (!unknownAllowed)
        {
            ReportUnknown(plan, raw, prefix);
        }
    }

    private JsonArray NormalizeItems(ScopePlan plan, JsonArray raw, string path, bool unknownAllowed)
    {
        var items = new JsonArray();
        for (var i = 0; i < raw.Count; i++)
        {
            var item = new JsonObject();
            Normalize(plan, (JsonObject)raw[i]!, item, $"{path}[{i}].", unknownAllowed);
            items.Add(item);
        }
        return items;
    }

    private void ReportUnknown(ScopePlan plan, JsonObject raw, string prefix)
    {
        foreach (var (key, _) in raw)
        {
            if (!plan.AcceptedKeys.Contains(key))
            {
                Errors.Add(new FieldError(prefix + key, "unknown_field", Messages.Of($"「{key}」はこの様式にない項目です", $"\"{key}\" is not a field of this form")));
            }
        }
    }

    private void WalkPages()
    {
        foreach (var page in _form.Definition.Pages)
        {
            var visible = page.VisibleWhen?.Evaluate(Scope).IsTrue ?? true;
            if (visible)
            {
                VisiblePages.Add(page);
            }
            _collect = _pageFilter is null || string.Equals(_pageFilter, page.Key, StringComparison.Ordinal);
            foreach (var component in page.Components)
            {
                Visit(_form.Plan.Find(component)!, Data, Scope, visible, component.Key);
            }
        }
    }

    private void Visit(PlanEntry entry, JsonObject target, EvaluationScope scope, bool parentVisible, string path)
    {
        var c = entry.Component;
        var visible = parentVisible && (c.VisibleWhen?.Evaluate(scope).IsTrue ?? true);
        if (!visible)
        {
            Hidden.Add(c);
            target.Remove(c.Key);
            return;
        }
        Hidden.Remove(c);
        if (entry.Type.HasValue && _collect)
        {
            Check(entry, target, scope, path);
        }
        if (entry.Items is not null && target[c.Key] is JsonArray items)
        {
            for (var i = 0; i < items.Count; i++)
            {
                var item = (JsonObject)items[i]!;
                var itemScope = scope.ForItem(item);
                foreach (var child in entry.Items.Entries)
                {
                    Visit(child, item, itemScope, true, $"{path}[{i}].{child.Component.Key}");
                }
            }
        }
    }

    private void Check(PlanEntry entry, JsonObject target, EvaluationScope scope, string path)
    {
        var c = entry.Component;
        if (_pending.TryGetValue(path, out var issues))
        {
            foreach (var issue in issues)
            {
                Errors.Add(new FieldError(issue.SubPath is null ? path : $"{path}.{issue.SubPath}", issue.Code, issue.Message));
            }
            return;
        }
        var value = target[c.Key];
        if (entry.Type.IsEmpty(value))
        {
            if (c.Required || (c.RequiredWhen?.Evaluate(scope).IsTrue ?? false))
            {
                Errors.Add(new FieldError(path, "required", entry.Type.RequiredMessage(c)));
            }
            return;
        }
        foreach (var rule in c.Validations)
        {
            if (!rule.Rule.Evaluate(scope).IsTrue)
            {
                Errors.Add(new FieldError(path, rule.Code, rule.Message));
            }
        }
    }
}
