using Madoguchi.Core.Cases.Lifecycle;
using Madoguchi.Core.Identity;
using Madoguchi.Core.Submissions;
using Madoguchi.Japanese;

namespace Madoguchi.Core.Cases.Approval;

/// <summary>
/// 起案: the clerk proposes 完了 or 却下 with a comment, and the proposal goes to the first approver
/// of the procedure's route. On a route of the clerk alone the proposal is the decision
/// (<see cref="CaseAction.DecideWithoutApproval"/>). Each 起案 opens a new round; earlier rounds stay in the history.
/// </summary>
public sealed class SubmitForApproval(LoadCaseAtHand load, ChangeCaseStatus change)
{
    public static readonly Message ChooseDecision = new("決定案（完了または却下）を選んでください。", "Choose the proposed decision (completed or rejected).");

    public async Task<CaseActionResult> HandleAsync(
        string staffMemberId, string? receiptNumber, int seenRevision, string? decision, string? comment, CancellationToken ct = default)
    {
        var (at, stop) = await load.ForActionAsync(staffMemberId, receiptNumber, seenRevision, ct);
        if (stop is not null)
        {
            return stop;
        }
        var application = at!.Application;
        if (ApprovalRoute.Parse(application.Procedure.ApprovalRoute) is not { } route)
        {
            return CaseActionResult.Conflict(CasePermissions.InvalidRoute);
        }
        var action = CaseStateMachine.DraftAction(route);
        if (at.Check(action) is { } refused)
        {
            return refused;
        }
        ApplicationStatus? proposed = decision switch
        {
            nameof(ApplicationStatus.Completed) => ApplicationStatus.Completed,
            nameof(ApplicationStatus.Rejected) => ApplicationStatus.Rejected,
            _ => null,
        };
        if (proposed is null)
        {
            return CaseActionResult.Invalid("decision", ChooseDecision);
        }
        var (text, problem) = CaseComment.Read(comment, required: true);
        if (problem is not null)
        {
            return CaseActionResult.Invalid("comment", problem);
        }

        application.ProposedDecision = proposed;
        application.ApprovalRound++;
        application.ApprovalRoute = route.Text;
        application.DraftedById = at.Staff.StaffMemberId;
        if (route.HasApprovers)
        {
            application.ApprovalStep = 1;
            application.ApprovalStepRole = route.Steps[1];
        }
        var details = new CaseChangeDetails
        {
            ApprovalRound = application.ApprovalRound,
            ApprovalStep = 0,
            Role = DepartmentRole.Clerk,
            ProposedDecision = proposed,
        };
        return CaseActionResult.From(await change.ApplyAsync(application, action, at.Staff.Actor, text, details, ct));
    }
}
