using Madoguchi.Core.Cases.Lifecycle;

namespace Madoguchi.Core.Cases.Approval;

/// <summary>
/// 承認 at the current step of the route. An earlier step passes the proposal to the next role
/// (a history line, the case stays 決裁待ち); the last step's approval is the 決裁 that makes the
/// proposed decision final.
/// </summary>
public sealed class ApproveCase(LoadCaseAtHand load, ChangeCaseStatus change)
{
    public async Task<CaseActionResult> HandleAsync(
        string staffMemberId, string? receiptNumber, int seenRevision, string? comment, CancellationToken ct = default)
    {
        var (at, stop) = await load.ForActionAsync(staffMemberId, receiptNumber, seenRevision, ct);
        if (stop is not null)
        {
            return stop;
        }
        var application = at!.Application;
        if (application.ApprovalStep is not { } step || ApprovalRoute.Parse(application.ApprovalRoute) is not { } route || step > route.LastStep)
        {
            // Not in approval (the state machine's message says so), whatever the button was.
            return at.Check(CaseAction.ApproveFinally) ?? CaseActionResult.Conflict(ChangeCaseStatus.ChangedMeanwhile);
        }
        var action = CaseStateMachine.ApprovalAction(route, step);
        if (at.Check(action) is { } refused)
        {
            return refused;
        }
        var (text, problem) = CaseComment.Read(comment, required: false);
        if (problem is not null)
        {
            return CaseActionResult.Invalid("comment", problem);
        }

        var details = new CaseChangeDetails { ApprovalRound = application.ApprovalRound, ApprovalStep = step, Role = route.Steps[step] };
        if (action == CaseAction.ApproveStep)
        {
            application.ApprovalStep = step + 1;
            application.ApprovalStepRole = route.Steps[step + 1];
        }
        return CaseActionResult.From(await change.ApplyAsync(application, action, at.Staff.Actor, text, details, ct));
    }
}
