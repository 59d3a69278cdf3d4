using Madoguchi.Core.Cases.Lifecycle;
using Madoguchi.Core.Data;
using Madoguchi.Core.Identity;
using Madoguchi.Core.Submissions;

using Microsoft.EntityFrameworkCore;

namespace Madoguchi.Core.Cases.Exports.Pdf;

/// <summary>
/// A case's history and its approval stamps, from the case history: the one place the PDF's
/// 経過 and 決裁欄 come from. The stamps are those of the latest 起案 (a 差戻し starts a new round).
/// </summary>
public sealed class CaseRecordReader(MadoguchiDb db)
{
    /// <summary>The route of the example (起案 → 係長 → 課長), shown as empty boxes until stamped.</summary>
    public static readonly string[] DefaultRoute = ["起案", "係長", "課長"];

    public async Task<CaseRecord> ReadAsync(Application application, CancellationToken ct = default)
    {
        var entries = await db.CaseHistory.AsNoTracking()
            .Where(h => h.ApplicationId == application.Id)
            .OrderBy(h => h.At).ThenBy(h => h.Id)
            .ToListAsync(ct);
        var staff = entries.Where(e => e.StaffMemberId is not null).Select(e => e.StaffMemberId!).Distinct().ToList();
        var roles = (await db.DepartmentMemberships.AsNoTracking()
                .Where(m => staff.Contains(m.StaffMemberId) && m.DepartmentId == application.Procedure.DepartmentId
                    && (m.Role == DepartmentRole.Chief || m.Role == DepartmentRole.Manager))
                .Select(m => new { m.StaffMemberId, m.Role })
                .ToListAsync(ct))
            .GroupBy(m => m.StaffMemberId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Max(m => m.Role), StringComparer.Ordinal);

        List<HistoryLine> history = [new(application.SubmittedAt, "受付", CaseActor.Resident.Name, null), .. entries.Select(Line)];
        return new CaseRecord(history, Stamps(entries, roles));
    }

    private static HistoryLine Line(CaseHistoryEntry e) => new(e.At, e.Kind switch
    {
        CaseEventKind.StatusChanged when e.Action is { } action && e.ToStatus is { } to =>
            $"{CaseStateMachine.Names.Ja(action)}（{CaseStateMachine.Names.Ja(to)}）",
        CaseEventKind.StatusChanged => "状況の変更",
        CaseEventKind.ApprovalStep => "承認",
        CaseEventKind.Assigned => "担当者の設定",
    }, e.ActorName, e.Comment);

    private static List<Stamp> Stamps(List<CaseHistoryEntry> entries, Dictionary<string, DepartmentRole> roles)
    {
        var drafted = entries.FindLastIndex(e => e.Action == CaseAction.SubmitForApproval);
        var sentBack = entries.FindLastIndex(e => e.Action == CaseAction.SendBack);
        if (drafted < 0 || sentBack > drafted)
        {
            return [.. DefaultRoute.Select(r => new Stamp(r))];
        }
        var stamps = new List<Stamp> { new(DefaultRoute[0], entries[drafted].ActorName, entries[drafted].At) };
        var final = false;
        foreach (var e in entries.Skip(drafted + 1))
        {
            if (e.Kind == CaseEventKind.ApprovalStep || e.Action == CaseAction.ApproveFinally)
            {
                stamps.Add(new Stamp(RoleName(e, roles), e.ActorName, e.At));
                final |= e.Action == CaseAction.ApproveFinally;
            }
        }
        if (!final)
        {
            stamps.AddRange(DefaultRoute.Skip(stamps.Count).Select(r => new Stamp(r)));
        }
        return stamps;
    }

    private static string RoleName(CaseHistoryEntry e, Dictionary<string, DepartmentRole> roles) =>
        e.StaffMemberId is { } id && roles.TryGetValue(id, out var role)
            ? role switch
            {
                DepartmentRole.Manager => "課長",
                DepartmentRole.Chief => "係長",
                DepartmentRole.Clerk or DepartmentRole.Author => "決裁",
            }
            : "決裁";
}
