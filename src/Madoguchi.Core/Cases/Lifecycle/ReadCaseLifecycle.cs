using Madoguchi.Core.Cases.Approval;
using Madoguchi.Core.Cases.Assignment;
using Madoguchi.Core.Data;
using Madoguchi.Core.Submissions;

using Microsoft.EntityFrameworkCore;

namespace Madoguchi.Core.Cases.Lifecycle;

/// <summary>What the case page shows about a case's handling: who handles it, its deadline, approvals, history and what the reader may do.</summary>
public sealed record CaseLifecycle(
    CaseAtHand At,
    string? AssigneeName,
    bool Overdue,
    IReadOnlyList<CaseHistoryEntry> History,
    ApprovalRecord Approvals,
    IReadOnlyList<Clerk> Clerks)
{
    public IReadOnlyList<CaseAction> Actions => At.AvailableActions;
}

public sealed class ReadCaseLifecycle(MadoguchiDb db, LoadCaseAtHand load, ReadCaseHistory history, DepartmentClerks clerks, TimeProvider clock)
{
    /// <summary>For a case the caller has already loaded through <see cref="StaffScope"/>, with its procedure.</summary>
    public async Task<CaseLifecycle> HandleAsync(string staffMemberId, Application application, CancellationToken ct = default)
    {
        var at = await load.ForScopedAsync(staffMemberId, application, ct);
        var lines = await history.HandleAsync(application.Id, ct);
        var assignee = application.AssignedToId is { } id
            ? await db.Users.AsNoTracking().Where(u => u.Id == id).Select(u => u.DisplayName).FirstOrDefaultAsync(ct)
            : null;
        var canAssign = at.AvailableActions.Contains(CaseAction.Assign);
        return new CaseLifecycle(
            at,
            assignee,
            CaseDeadline.IsOverdue(application.Status, application.DueOn, JapanDate.Today(clock)),
            lines,
            ApprovalRecord.From(application, lines),
            canAssign ? await clerks.HandleAsync(application.Procedure.DepartmentId, ct) : []);
    }
}
