using System.Globalization;
using System.Text.Json.Nodes;

using Madoguchi.Core.Audit;
using Madoguchi.Core.Data;
using Madoguchi.Core.Procedures;
using Madoguchi.Core.Submissions;
using Madoguchi.Forms.Definitions;

namespace Madoguchi.Core.Cases.Views;

/// <summary>
/// Shows one 個人番号 of a case in full, for one response, after the clerk asked for it (番号法:
/// use only where needed). Every reveal is in the audit log with the field, never the number.
/// The caller opens the application through the staff scope first.
/// </summary>
public sealed class RevealIndividualNumber(MadoguchiDb db, AuditTrail audit)
{
    public const int MaxFieldLength = 200;

    /// <summary>The number, or null when <paramref name="field"/> is not a 個人番号 answered in this application.</summary>
    public async Task<string?> HandleAsync(AuditActor viewer, Application application, string? field, CancellationToken ct = default)
    {
        if (field is null || field.Length > MaxFieldLength)
        {
            return null;
        }
        var definition = PublishedForms.Compile(application.FormVersion).Definition;
        var data = JsonNode.Parse(application.DataJson) as JsonObject;
        if (data is null || Find(definition.Pages.SelectMany(p => p.Components), data, field.Split('.')) is not { } number)
        {
            return null;
        }
        audit.Record(db, viewer, AuditActions.IndividualNumberRevealed, application.ReceiptNumber, AuditTrail.Details(new { field }));
        await db.SaveChangesAsync(ct);
        return number;
    }

    // Walks "children[0].childIndividualNumber" through the form version's components and the answers together.
    private static string? Find(IEnumerable<FormComponent> components, JsonObject scope, ReadOnlySpan<string> path)
    {
        var (key, index) = Segment(path[0]);
        if (key is null || components.FirstOrDefault(c => c.Key == key) is not { } component || scope[key] is not { } value)
        {
            return null;
        }
        if (path.Length == 1)
        {
            return index is null && component.Type == "individualNumber" && value is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
        }
        return index is { } i && component.Type == "repeatingGroup" && value is JsonArray items && i < items.Count && items[i] is JsonObject item
            ? Find(component.Components, item, path[1..])
            : null;
    }

    private static (string? Key, int? Index) Segment(string segment)
    {
        var bracket = segment.IndexOf('[', StringComparison.Ordinal);
        if (bracket < 0)
        {
            return (segment, null);
        }
        return segment.EndsWith(']') && int.TryParse(segment.AsSpan(bracket + 1, segment.Length - bracket - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var i)
            ? (segment[..bracket], i)
            : (null, null);
    }
}
