using Madoguchi.Core.Cases.Assignment;

namespace Madoguchi.Core.Cases.Lifecycle;

/// <summary>審査開始: a clerk starts examining a received application. A case nobody handles yet becomes theirs.</summary>
public sealed class StartReview(LoadCaseAtHand load, AssignCase assign, ChangeCaseStatus change)
{
    public async Task<CaseActionResult> HandleAsync(string staffMemberId, string? receiptNumber, int seenRevision, CancellationToken ct = default)
    {
        var (at, stop) = await load.ForActionAsync(staffMemberId, receiptNumber, seenRevision, ct);
        if (stop is not null)
        {
            return stop;
        }
        if (at!.Check(CaseAction.StartReview) is { } refused)
        {
            return refused;
        }
        if (at.Application.AssignedToId is null)
        {
            // Two facts, two history lines: who handles the case, and that the review started.
            var assigned = await assign.ApplyAsync(at, at.Staff.StaffMemberId, ct);
            if (assigned.Outcome != CaseActionOutcome.Done)
            {
                return assigned;
            }
        }
        return CaseActionResult.From(await change.ApplyAsync(at.Application, CaseAction.StartReview, at.Staff.Actor, null, ct));
    }
}
