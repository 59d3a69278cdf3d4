using System.Globalization;
using System.Text.Json.Nodes;

using Madoguchi.Core.Cases.Exports.Pdf;
using Madoguchi.Core.Cases.Lifecycle;
using Madoguchi.Core.Procedures;
using Madoguchi.Core.Submissions;
using Madoguchi.Forms.Definitions;
using Madoguchi.Web.Localization;
using Madoguchi.Web.Resident;

namespace Madoguchi.Web.Staff.Exports;

/// <summary>
/// The answers of a case as the PDF prints them: the same labels and values as the case page
/// (read through the form version answered, 個人番号 masked), in Japanese, the language of the record.
/// </summary>
internal static class CaseAnswersText
{
    private const string Language = "ja";

    public static CaseAnswers Describe(Application a)
    {
        var form = PublishedForms.Compile(a.FormVersion);
        var data = JsonNode.Parse(a.DataJson) as JsonObject ?? [];
        var ctx = new FormRenderContext(Language, [], a.Attachments.ToDictionary(f => f.Id, StringComparer.Ordinal), data);
        List<SheetField> summary =
        [
            new(T("staff.applicant"), a.ApplicantName ?? ""),
            new(T("staff.submittedAt"), JapanDate.ToJapan(a.SubmittedAt).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)),
            new(T("status.status"), CaseStateMachine.Names.Ja(a.Status)),
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
        return new CaseAnswers(summary, sections);
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

    private static string T(string key) => UiText.Get(key, Language);
}
