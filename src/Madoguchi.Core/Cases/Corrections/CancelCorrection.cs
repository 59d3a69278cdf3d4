using Madoguchi.Core.Cases.Lifecycle;
using Madoguchi.Core.Data;
using Madoguchi.Japanese;

using Microsoft.EntityFrameworkCore;

namespace Madoguchi.Core.Cases.Corrections;

/// <summary>補正取消: the clerk takes an open request back before the resident answers; the case is 審査中 again.</summary>
public sealed class CancelCorrection(MadoguchiDb db, LoadCaseAtHand load, ChangeCaseStatus change, TimeProvider clock)
{
    public const int MaxReasonLength = 500;

    public async Task<CaseOutcome> HandleAsync(
        string staffMemberId, string? receiptNumber, string? reason, int seenRevision, CancellationToken ct = default)
    {
        var (at, stop) = await load.ForActionAsync(staffMemberId, receiptNumber, seenRevision, ct);
        if ((stop ?? at!.Check(CaseAction.CancelCorrection)) is { } refused)
        {
            return CaseOutcome.From(refused);
        }
        var application = at!.Application;
        var why = PlainText.Validate(reason, MaxReasonLength, required: false, new Message("", ""));
        if (!why.IsValid)
        {
            return CaseOutcome.InvalidAt("reason", "reason", why.Error!);
        }
        var request = await db.CorrectionRequests
            .Where(r => r.ApplicationId == application.Id && r.State == CorrectionState.Open)
            .OrderByDescending(r => r.Round).FirstOrDefaultAsync(ct);
        var actor = at!.Staff.Actor;
        if (request is not null)
        {
            request.State = CorrectionState.Cancelled;
            request.ClosedAt = clock.GetUtcNow();
            request.ClosedByName = actor.Name;
            request.CancelReason = why.Value is { Length: > 0 } text ? text : null;
        }
        var result = await change.ApplyAsync(application, CaseAction.CancelCorrection, actor,
            request?.CancelReason is { } given ? PlainText.Shorten(given, 2000) : null, ct);
        return result.Succeeded ? new CaseOutcome.Done() : new CaseOutcome.Refused(result.Problem!);
    }
}
