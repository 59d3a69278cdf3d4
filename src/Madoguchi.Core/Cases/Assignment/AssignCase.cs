using Madoguchi.Core.Cases.Lifecycle;
using Madoguchi.Core.Data;
using Madoguchi.Core.Identity;
using Madoguchi.Japanese;

using Microsoft.EntityFrameworkCore;

namespace Madoguchi.Core.Cases.Assignment;

/// <summary>
/// 担当者の割当て: makes a clerk of the owning department the case's 担当者 ("assign to me" is the
/// same with one's own id). Recorded in the history with the previous and the new name.
/// </summary>
public sealed class AssignCase(MadoguchiDb db, LoadCaseAtHand load, ChangeCaseStatus change)
{
    public static readonly Message ChooseSomeone = new("担当者を選んでください。", "Choose the clerk to assign.");

    public static readonly Message NotAClerkHere = new(
        "選んだ職員は、この案件の課の担当ではありません。", "The person chosen is not a clerk of this case's department.");

    public static readonly Message AlreadyAssigned = new("この職員が既に担当しています。", "This clerk is already assigned.");

    public async Task<CaseActionResult> HandleAsync(
        string staffMemberId, string? receiptNumber, int seenRevision, string? assigneeId, CancellationToken ct = default)
    {
        var (at, stop) = await load.ForActionAsync(staffMemberId, receiptNumber, seenRevision, ct);
        if (stop is not null)
        {
            return stop;
        }
        return at!.Check(CaseAction.Assign) ?? await ApplyAsync(at, assigneeId, ct);
    }

    /// <summary>Assigns on a case already loaded and checked (also used by 審査開始 on an unassigned case).</summary>
    internal async Task<CaseActionResult> ApplyAsync(CaseAtHand at, string? assigneeId, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(assigneeId) || assigneeId.Length > 450)
        {
            return CaseActionResult.Invalid("assignee", ChooseSomeone);
        }
        var application = at.Application;
        var departmentId = application.Procedure.DepartmentId;
        var assignee = await db.Users.AsNoTracking()
            .Where(u => u.Id == assigneeId && u.Memberships.Any(m => m.DepartmentId == departmentId && m.Role == DepartmentRole.Clerk))
            .Select(u => new { u.Id, u.DisplayName })
            .FirstOrDefaultAsync(ct);
        if (assignee is null)
        {
            return CaseActionResult.Invalid("assignee", NotAClerkHere);
        }
        if (application.AssignedToId == assignee.Id)
        {
            return CaseActionResult.Invalid("assignee", AlreadyAssigned);
        }
        var previous = application.AssignedToId is { } previousId
            ? await db.Users.Where(u => u.Id == previousId).Select(u => u.DisplayName).FirstOrDefaultAsync(ct)
            : null;
        application.AssignedToId = assignee.Id;
        var details = new CaseChangeDetails { AssigneeId = assignee.Id, AssigneeName = assignee.DisplayName, PreviousAssigneeName = previous };
        return CaseActionResult.From(await change.ApplyAsync(application, CaseAction.Assign, at.Staff.Actor, null, details, ct));
    }
}
