using System.Text;
using System.Text.Json.Nodes;

using Madoguchi.Core.Data;
using Madoguchi.Core.Procedures;
using Madoguchi.Forms.Definitions;
using Madoguchi.Japanese.Text;

using Microsoft.EntityFrameworkCore;

namespace Madoguchi.Core.Submissions.Submit;

/// <summary>
/// The 2020 給付金 lesson: one person applied fifteen times. A procedure names the answers that
/// identify "the same person" (duplicateKeys); their search keys are hashed into a fingerprint and
/// an earlier, not withdrawn application with the same fingerprint inside the window is a duplicate.
/// </summary>
public sealed class DuplicateCheck(MadoguchiDb db)
{
    public static string? Fingerprint(FormDefinition definition, JsonObject data)
    {
        if (definition.DuplicateKeys.Count == 0)
        {
            return null;
        }
        var sb = new StringBuilder();
        foreach (var path in definition.DuplicateKeys)
        {
            sb.Append(SearchKey.For(Flatten(Read(data, path)))).Append('\u001F');
        }
        return SubmitApplication.Hash(sb.ToString());
    }

    public async Task<string?> FindEarlierAsync(Procedure procedure, string? fingerprint, DateTimeOffset now, CancellationToken ct)
    {
        if (fingerprint is null || procedure.DuplicatePolicy == DuplicatePolicy.None)
        {
            return null;
        }
        var since = now.AddDays(-Math.Max(procedure.DuplicateWindowDays, 1));
        return await db.Applications.AsNoTracking()
            .Where(a => a.ProcedureId == procedure.Id && a.DuplicateFingerprint == fingerprint
                && a.SubmittedAt >= since && a.Status != ApplicationStatus.Withdrawn)
            .OrderBy(a => a.SubmittedAt)
            .Select(a => a.ReceiptNumber)
            .FirstOrDefaultAsync(ct);
    }

    private static JsonNode? Read(JsonObject data, string path)
    {
        JsonNode? node = data;
        foreach (var part in path.Split('.'))
        {
            node = node is JsonObject o && o.TryGetPropertyValue(part, out var child) ? child : null;
        }
        return node;
    }

    // Objects (a personName) contribute all their parts in key order, so the order of typing does not matter.
    private static string Flatten(JsonNode? node) => node switch
    {
        null => "",
        JsonObject o => string.Join("|", o.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => Flatten(p.Value))),
        JsonArray a => string.Join("|", a.Select(Flatten)),
        JsonValue v => v.ToString(),
        _ => "",
    };
}
