using System.Text.Json.Nodes;

using Madoguchi.Forms.Definitions;

namespace Madoguchi.Forms.Validation;

internal static class Visibility
{
    public static bool IsVisible(CompiledForm form, FormComponent component, JsonObject answers, DateOnly today, JsonObject? item)
    {
        var run = new FormRun(form, answers, today, "");
        return IsVisible(form, run, component, item);
    }

    private static bool IsVisible(CompiledForm form, FormRun run, FormComponent component, JsonObject? item)
    {
        var parent = form.ParentOf(component);
        if (parent is null)
        {
            return form.Plan.Find(component) is not null && !run.Hidden.Contains(component);
        }
        if (!IsVisible(form, run, parent, null))
        {
            return false;
        }
        if (component.VisibleWhen is null)
        {
            return true;
        }
        if (item is null || form.ItemPlanOf(parent) is not { } plan)
        {
            return component.VisibleWhen.Evaluate(run.Scope).IsTrue;
        }
        var normalized = new JsonObject();
        run.Normalize(plan, item, normalized, "", unknownAllowed: true);
        var scope = run.Scope.ForItem(normalized);
        Computed.Evaluate(plan, normalized, scope, final: false);
        return component.VisibleWhen.Evaluate(scope).IsTrue;
    }
}
