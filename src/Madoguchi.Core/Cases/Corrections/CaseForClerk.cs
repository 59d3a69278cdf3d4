using Madoguchi.Core.Data;
using Madoguchi.Core.Identity;
using Madoguchi.Core.Submissions;
using Madoguchi.Core.Submissions.Receipts;
using Madoguchi.Japanese;

using Microsoft.EntityFrameworkCore;

namespace Madoguchi.Core.Cases.Corrections;

/// <summary>
/// Loads a case for a correction step, tracked for changing: scoped to the member's departments
/// (another department's case is not found), and only a 担当 (clerk) of the owning department may
/// ask for or cancel a correction; 係長 and 課長 see it but decide through the approval route.
/// </summary>
public static class CaseForClerk
{
    public static readonly Message ClerksOnly = new(
        "補正の依頼と取消しは、担当課の担当者（担当）が行います。",
        "Only a clerk of the owning department can request or cancel a correction.");

    internal static async Task<(Application? Application, CaseOutcome? Problem)> LoadAsync(
        MadoguchiDb db, string staffMemberId, string? receiptNumber, int seenRevision, CancellationToken ct)
    {
        if (!ReceiptNumber.TryParse(receiptNumber, out var receipt))
        {
            return (null, new CaseOutcome.NotFound());
        }
        var application = await db.ApplicationsVisibleTo(staffMemberId)
            .Include(a => a.Procedure)
            .Include(a => a.FormVersion)
            .FirstOrDefaultAsync(a => a.ReceiptNumber == receipt, ct);
        if (application is null)
        {
            return (null, new CaseOutcome.NotFound());
        }
        if (!await IsClerkAsync(db, staffMemberId, application.Procedure.DepartmentId, ct))
        {
            return (null, new CaseOutcome.NotAllowed(ClerksOnly));
        }
        // The page showed one state of the case; acting on a later one would act on something unseen.
        if (application.Revision != seenRevision)
        {
            return (null, new CaseOutcome.Refused(Lifecycle.ChangeCaseStatus.ChangedMeanwhile));
        }
        return (application, null);
    }

    public static Task<bool> IsClerkAsync(MadoguchiDb db, string staffMemberId, int departmentId, CancellationToken ct = default) =>
        db.DepartmentMemberships.AnyAsync(m => m.StaffMemberId == staffMemberId
            && m.DepartmentId == departmentId && m.Role == DepartmentRole.Clerk, ct);
}
