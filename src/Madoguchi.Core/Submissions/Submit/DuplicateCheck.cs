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

    public static DateTimeOffset WindowStart(Procedure procedure, DateTimeOffset now) =>
        now.AddDays(-Math.Max(procedure.DuplicateWindowDays, 1));

    /// <summary>
    /// The stored, not withdrawn applications that share a duplicate key with any of the items,
    /// oldest first, in one query per procedure. Items answer from it with <see cref="Earlier.Find"/>.
    /// </summary>
    public async Task<Earlier> FindEarlierAsync(IReadOnlyList<PendingSubmission> items, CancellationToken ct)
    {
        var found = new Dictionary<DuplicateKey, List<(DateTimeOffset At, string Receipt)>>();
        foreach (var procedure in items.Where(i => i.DuplicateKey is not null).GroupBy(i => i.Procedure.Id))
        {
            var fingerprints = procedure.Select(i => i.Application.DuplicateFingerprint).Distinct().ToList();
            var since = procedure.Min(i => WindowStart(i.Procedure, i.Application.SubmittedAt));
            // One array parameter rather than one per fingerprint, whose SQL differs with every count.
            var rows = await db.Applications.AsNoTracking()
                .Where(a => a.ProcedureId == procedure.Key && EF.Parameter(fingerprints).Contains(a.DuplicateFingerprint)
                    && a.SubmittedAt >= since && a.Status != ApplicationStatus.Withdrawn)
                .Select(a => new { a.DuplicateFingerprint, a.SubmittedAt, a.ReceiptNumber })
                .ToListAsync(ct);
            foreach (var row in rows.OrderBy(r => r.SubmittedAt))
            {
                var key = new DuplicateKey(procedure.Key, row.DuplicateFingerprint!);
                if (!found.TryGetValue(key, out var list))
                {
                    found[key] = list = [];
                }
                list.Add((row.SubmittedAt, row.ReceiptNumber));
            }
        }
        return new Earlier(found);
    }

    public sealed class Earlier(Dictionary<DuplicateKey, List<(DateTimeOffset At, string Receipt)>> stored)
    {
        /// <summary>The oldest stored receipt inside this item's window, or null.</summary>
        public string? Find(PendingSubmission item)
        {
            if (item.DuplicateKey is not { } key || !stored.TryGetValue(key, out var list))
            {
                return null;
            }
            var since = WindowStart(item.Procedure, item.Application.SubmittedAt);
            return list.FirstOrDefault(r => r.At >= since).Receipt;
        }
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
