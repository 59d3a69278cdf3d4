using Madoguchi.Core.Data;
using Madoguchi.Core.Submissions;
using Madoguchi.Core.Submissions.Receipts;

using Microsoft.EntityFrameworkCore;

namespace Madoguchi.Core.Cases.Lifecycle;

/// <summary>A case as one staff member faces it: the application, their roles in its department, and who approved in this round.</summary>
public sealed record CaseAtHand(Application Application, CaseStaff Staff, IReadOnlySet<string> ApprovedThisRound)
{
    /// <summary>Null when <see cref="Staff"/> may take <paramref name="action"/> now; otherwise why not.</summary>
    public CaseActionResult? Check(CaseAction action)
    {
        if (!CaseStateMachine.Allows(Application.Status, action, CaseActorKind.Staff))
        {
            return CaseActionResult.Conflict(CaseStateMachine.Refusal(Application.Status, action));
        }
        return CasePermissions.Refusal(action, Application, Staff, ApprovedThisRound) is { } refusal
            ? CaseActionResult.Forbidden(refusal)
            : null;
    }

    public IReadOnlyList<CaseAction> AvailableActions => CasePermissions.Available(Application, Staff, ApprovedThisRound);
}

/// <summary>
/// Loads a case for a staff member, scoped to their departments (another department's case is not found),
/// with what <see cref="CasePermissions"/> needs.
/// </summary>
public sealed class LoadCaseAtHand(MadoguchiDb db, ReceiptNumbers numbers)
{
    /// <summary>For reading (the case page).</summary>
    public async Task<CaseAtHand?> ForViewAsync(string staffMemberId, string? receiptNumber, CancellationToken ct = default)
    {
        if (!ReceiptNumber.TryParse(receiptNumber, out var receipt))
        {
            return null;
        }
        var application = await db.ApplicationsVisibleTo(staffMemberId).AsNoTracking()
            .Include(a => a.Procedure)
            .WithReceipt(numbers, receipt).FirstOrDefaultAsync(ct);
        return application is null ? null : await CompleteAsync(application, staffMemberId, ct);
    }

    /// <summary>For reading a case the caller has already loaded through <see cref="StaffScope"/> (with its procedure).</summary>
    public Task<CaseAtHand> ForScopedAsync(string staffMemberId, Application application, CancellationToken ct = default) =>
        CompleteAsync(application, staffMemberId, ct);

    /// <summary>
    /// For acting: tracked, and held to the revision the person saw when they pressed the button, so
    /// acting on a page that someone else changed in the meantime changes nothing.
    /// </summary>
    public async Task<(CaseAtHand? Case, CaseActionResult? Stop)> ForActionAsync(
        string staffMemberId, string? receiptNumber, int seenRevision, CancellationToken ct = default)
    {
        if (!ReceiptNumber.TryParse(receiptNumber, out var receipt))
        {
            return (null, CaseActionResult.NotFound);
        }
        var application = await db.ApplicationsVisibleTo(staffMemberId)
            .Include(a => a.Procedure)
            .WithReceipt(numbers, receipt).FirstOrDefaultAsync(ct);
        if (application is null)
        {
            return (null, CaseActionResult.NotFound);
        }
        if (application.Revision != seenRevision)
        {
            return (null, CaseActionResult.Conflict(ChangeCaseStatus.ChangedMeanwhile));
        }
        // The update is conditional on the revision seen: a change committed after this read still loses.
        db.Entry(application).Property(a => a.Revision).OriginalValue = seenRevision;
        return (await CompleteAsync(application, staffMemberId, ct), null);
    }

    private async Task<CaseAtHand> CompleteAsync(Application application, string staffMemberId, CancellationToken ct)
    {
        var staff = await CaseStaff.LoadAsync(db, staffMemberId, application.Procedure.DepartmentId, ct);
        var approved = await db.CaseHistory.AsNoTracking()
            .Where(h => h.ApplicationId == application.Id && h.ApprovalRound == application.ApprovalRound
                && h.Kind == CaseEventKind.ApprovalStep && h.StaffMemberId != null)
            .Select(h => h.StaffMemberId!)
            .ToListAsync(ct);
        return new CaseAtHand(application, staff, approved.ToHashSet(StringComparer.Ordinal));
    }
}
