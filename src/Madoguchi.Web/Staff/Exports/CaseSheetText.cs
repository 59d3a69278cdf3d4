using System.Globalization;
using System.Text.Json.Nodes;

using Madoguchi.Core.Cases.Approval;
using Madoguchi.Core.Cases.Exports.Pdf;
using Madoguchi.Core.Cases.Lifecycle;
using Madoguchi.Core.Procedures;
using Madoguchi.Core.Submissions;
using Madoguchi.Forms.Definitions;
using Madoguchi.Web.Localization;
using Madoguchi.Web.Resident;

namespace Madoguchi.Web.Staff.Exports;

/// <summary>
/// A case as the PDF prints it, in Japanese (the language of the record): the answers with the same
/// labels and values as the case page (read through the form version answered, 個人番号 masked), and
/// the history lines and stamp boxes worded as the case page words them (<see cref="CaseTexts"/>).
/// </summary>
internal static class CaseSheetText
{
    private const string Language = "ja";

    public static CaseContent Describe(CaseFacts facts)
    {
        var a = facts.Application;
        var form = PublishedForms.Compile(a.FormVersion);
        var data = JsonNode.Parse(a.DataJson) as JsonObject ?? [];
        var ctx = new FormRenderContext(Language, [], a.Attachments.ToDictionary(f => f.Id, StringComparer.Ordinal), data);
        List<SheetField> summary =
        [
            new(T("staff.applicant"), a.ApplicantName ?? ""),
            new(T("staff.submittedAt"), When(a.SubmittedAt)),
            new(T("status.status"), CaseTexts.Status(a.Status, a.ApprovalStepRole, Language)),
            new(T("case.assignee"), facts.AssigneeName ?? T("case.unassigned")),
        ];
        if (a.DueOn is { } due)
        {
            summary.Add(new(T("staff.dueOn"), due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }
        summary.Add(new(T("staff.formVersion"), a.FormVersion.Version.ToString(CultureInfo.InvariantCulture)));
        if (a.FeeYen is { } fee)
        {
            summary.Add(new(T("procedure.fee"), AnswerDisplay.Yen(fee)));
        }
        var sections = form.Definition.Pages
            .Where(p => p.Components.Any(c => data.ContainsKey(c.Key)))
            .Select(p => new SheetSection(ctx.Text(p.Title), Fields(p.Components, data, ctx, 0)))
            .ToList();
        return new CaseContent(summary, sections, new CaseRecord(History(facts), Stamps(facts)));
    }

    private static List<HistoryLine> History(CaseFacts facts)
    {
        List<HistoryLine> lines = [new(facts.Application.SubmittedAt, T("case.received"), T("staff.applicant"), null)];
        foreach (var line in facts.History)
        {
            var who = line.ActorKind == CaseActorKind.Resident ? T("staff.applicant") : line.ActorName;
            var role = line.Role is { } r ? $"（{CaseTexts.Role(r, Language)}）" : "";
            lines.Add(new HistoryLine(line.At, CaseTexts.What(line, Language), who + role, line.Comment));
        }
        return lines;
    }

    /// <summary>The latest round's boxes; before any 起案, empty boxes for the procedure's route, as on a blank 起案用紙.</summary>
    private static List<Stamp> Stamps(CaseFacts facts)
    {
        if (facts.Approvals.Latest is { } round)
        {
            return [.. round.Stamps.Select(s => new Stamp(
                CaseTexts.StampHeading(s, Language), s.Name, s.Name is null ? null : s.At,
                s.Name is null || s.State == StampState.SentBack ? CaseTexts.StampLabel(s.State, Language) : null))];
        }
        var route = ApprovalRoute.Parse(facts.Application.Procedure.ApprovalRoute);
        if (route is null)
        {
            return [];
        }
        var notYet = CaseTexts.StampLabel(StampState.NotReached, Language);
        return [.. route.Steps.Select((role, step) => new Stamp(
            step == 0 ? (route.HasApprovers ? "起案" : "決定") : CaseTexts.Role(role, Language), Note: notYet))];
    }

    private static List<SheetField> Fields(IEnumerable<FormComponent> components, JsonObject? scope, FormRenderContext ctx, int depth)
    {
        var fields = new List<SheetField>();
        foreach (var c in components)
        {
            if (c.Type == "staticText" || scope is null || !scope.ContainsKey(c.Key))
            {
                continue;
            }
            if (c.Type == "repeatingGroup" && scope[c.Key] is JsonArray items)
            {
                for (var i = 0; i < items.Count; i++)
                {
                    fields.Add(new SheetField($"{ctx.Text(c.Label)} {string.Format(CultureInfo.InvariantCulture, ctx.T("form.item"), i + 1)}", "", depth));
                    fields.AddRange(Fields(c.Components, items[i] as JsonObject, ctx, depth + 1));
                }
                continue;
            }
            fields.Add(new SheetField(ctx.Text(c.Label), AnswerDisplay.Format(c, scope[c.Key], ctx), depth));
        }
        return fields;
    }

    private static string When(DateTimeOffset at) => JapanDate.ToJapan(at).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private static string T(string key) => UiText.Get(key, Language);
}
