using Madoguchi.Core.Cases.Corrections;

namespace Madoguchi.Web.Resident;

/// <summary>What the before/after table of a correction needs: the changed answers, and the fee when it changed.</summary>
internal sealed record AnswerChangesView(
    string Caption, IReadOnlyList<AnswerChange> Changes, long? FeeBefore, long? FeeAfter, FormRenderContext Context)
{
    public string Label(AnswerChange change) =>
        change.Group is { } group
            ? $"{Context.Text(group.Label)} {string.Format(System.Globalization.CultureInfo.InvariantCulture, Context.T("form.item"), change.Item + 1)} {Context.Text(change.Component.Label)}"
            : Context.Text(change.Component.Label);
}
