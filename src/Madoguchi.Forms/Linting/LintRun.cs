using Madoguchi.Forms.Definitions;
using Madoguchi.Forms.Expressions;
using Madoguchi.Forms.Fields;

namespace Madoguchi.Forms.Linting;

internal sealed class LintRun
{
    private readonly FormDefinition _definition;
    private readonly FieldTypes _types;
    private readonly NeverTrue _neverTrue;
    private readonly Dictionary<FormComponent, (string Path, bool AlwaysHidden)> _seen = new(ReferenceEqualityComparer.Instance);

    public LintRun(FormDefinition definition, FieldTypes types)
    {
        _definition = definition;
        _types = types;
        var fields = new Dictionary<string, FormComponent>(StringComparer.Ordinal);
        foreach (var scope in FormScopes.All(definition))
        {
            foreach (var c in scope)
            {
                fields.TryAdd(c.Key, c);
            }
        }
        _neverTrue = new NeverTrue(fields);
    }

    public List<DefinitionProblem> Warnings { get; } = [];

    public void Pages()
    {
        var laterKeys = new HashSet<string>(_definition.Pages.SelectMany(p => p.Components).Select(c => c.Key), StringComparer.Ordinal);
        for (var i = 0; i < _definition.Pages.Count; i++)
        {
            var page = _definition.Pages[i];
            var path = $"$.pages[{i}]";
            var unreachable = IsNeverTrue(page.VisibleWhen, $"{path}.visibleWhen", report: false);
            if (unreachable)
            {
                Warn($"{path}.visibleWhen", "unreachable_page", $"The page \"{page.Key}\" can never be shown: its visibleWhen is never true.");
            }
            foreach (var field in page.VisibleWhen?.ReferencedFields ?? [])
            {
                if (laterKeys.Contains(field.Split('.')[0]))
                {
                    Warn($"{path}.visibleWhen", "condition_reads_later_page", $"The page \"{page.Key}\" depends on \"{field}\", which is asked on this page or later.");
                }
            }
            if (!HasInput(page.Components))
            {
                Warn(path, "page_without_input", $"The page \"{page.Key}\" asks nothing.");
            }
            Components(page.Components, $"{path}.components", unreachable);
            foreach (var c in page.Components)
            {
                laterKeys.Remove(c.Key);
            }
        }
    }

    private void Components(IReadOnlyList<FormComponent> components, string path, bool parentHidden)
    {
        for (var i = 0; i < components.Count; i++)
        {
            var c = components[i];
            var at = $"{path}[{i}]";
            var hidden = IsNeverTrue(c.VisibleWhen, $"{at}.visibleWhen", report: !parentHidden) || parentHidden;
            IsNeverTrue(c.RequiredWhen, $"{at}.requiredWhen", report: true);
            for (var r = 0; r < c.Validations.Count; r++)
            {
                IsNeverTrue(c.Validations[r].Rule, $"{at}.validations[{r}].rule", report: true);
            }
            if (hidden && (c.Required || c.RequiredWhen is not null))
            {
                Warn(at, "required_always_hidden", $"\"{c.Key}\" is required but can never be shown, so it is never asked.");
            }
            _seen[c] = (at, hidden);
            Components(c.Components, $"{at}.components", hidden);
        }
    }

    public void UnusedComputed()
    {
        var read = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in AllExpressions())
        {
            foreach (var field in e.ReferencedFields)
            {
                read.Add(field.Split('.')[0]);
            }
        }
        foreach (var (c, (path, hidden)) in _seen)
        {
            if (c.Type == "computed" && !read.Contains(c.Key) && (hidden || c.Label is null))
            {
                Warn(path, "unused_computed", $"The computed value \"{c.Key}\" is not shown and nothing reads it.");
            }
        }
    }

    private IEnumerable<Expression> AllExpressions()
    {
        var all = new List<Expression?> { _definition.Fee };
        all.AddRange(_definition.Pages.Select(p => p.VisibleWhen));
        foreach (var c in _seen.Keys)
        {
            all.AddRange([c.VisibleWhen, c.RequiredWhen, c.Value]);
            all.AddRange(c.Validations.Select(v => v.Rule));
        }
        return all.OfType<Expression>();
    }

    private bool HasInput(IReadOnlyList<FormComponent> components) =>
        components.Any(c => (_types.TryGet(c.Type, out var t) && t.HasValue) || HasInput(c.Components));

    private bool IsNeverTrue(Expression? e, string path, bool report)
    {
        if (e is null || !_neverTrue.Check(e.Source))
        {
            return false;
        }
        if (report)
        {
            Warn(path, "never_true", "This condition can never be true.");
        }
        return true;
    }

    private void Warn(string path, string code, string message) =>
        Warnings.Add(new DefinitionProblem(path, code, message, ProblemSeverity.Warning));
}
