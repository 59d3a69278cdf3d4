using Madoguchi.Core.Cases.Lifecycle;

namespace Madoguchi.Core.Cases.Approval;

/// <summary>差戻し: an approver at the current step returns the proposal to 審査中 with the reason. The round ends; a new 起案 starts the next.</summary>
public sealed class SendBackCase(LoadCaseAtHand load, ChangeCaseStatus change)
{
    public async Task<CaseActionResult> HandleAsync(
        string staffMemberId, string? receiptNumber, int seenRevision, string? comment, CancellationToken ct = default)
    {
        var (at, stop) = await load.ForActionAsync(staffMemberId, receiptNumber, seenRevision, ct);
        if (stop is not null)
        {
            return stop;
        }
        if (at!.Check(CaseAction.SendBack) is { } refused)
        {
            return refused;
        }
        var (text, problem) = CaseComment.Read(comment, required: true);
        if (problem is not null)
        {
            return CaseActionResult.Invalid("comment", problem);
        }
        var application = at.Application;
        var details = new CaseChangeDetails
        {
            ApprovalRound = application.ApprovalRound,
            ApprovalStep = application.ApprovalStep,
            Role = application.ApprovalStepRole,
        };
        application.ProposedDecision = null;
        return CaseActionResult.From(await change.ApplyAsync(application, CaseAction.SendBack, at.Staff.Actor, text, details, ct));
    }
}
