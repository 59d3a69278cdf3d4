using Madoguchi.Core.Data;
using Madoguchi.Core.Identity;
using Madoguchi.Core.Submissions;
using Madoguchi.Japanese;

using Microsoft.EntityFrameworkCore;

namespace Madoguchi.Core.Cases.Lifecycle;

/// <summary>
/// The one way an application's status changes: checks the action against the state machine,
/// records who, when and why in the history, and saves both together. Two people acting on the
/// same case at once cannot both succeed: the application's <see cref="Application.Revision"/>
/// is a concurrency token, and the loser is told the case changed under them.
/// </summary>
/// <remarks>
/// Callers load the application (scoped to what the actor may see), make any other changes that
/// belong to the same step (e.g. the proposed decision at 起案), then call <see cref="ApplyAsync"/>,
/// which saves everything in one transaction.
/// </remarks>
public sealed class ChangeCaseStatus(MadoguchiDb db, TimeProvider clock)
{
    public static readonly Message ChangedMeanwhile = new(
        "この案件は他の方が先に更新しました。画面を開き直して、最新の状態を確認してください。",
        "Someone else updated this case first. Reopen it to see its current state.");

    public Task<CaseChangeResult> ApplyAsync(
        Application application, CaseAction action, CaseActor actor, string? comment, CancellationToken ct = default) =>
        ApplyAsync(application, action, actor, comment, CaseChangeDetails.None, ct);

    /// <summary>As above, with what the history line records beyond who and why (approval step, 担当者).</summary>
    public async Task<CaseChangeResult> ApplyAsync(
        Application application, CaseAction action, CaseActor actor, string? comment, CaseChangeDetails details, CancellationToken ct = default)
    {
        var from = application.Status;
        if (!CaseStateMachine.Allows(from, action, actor.Kind))
        {
            return CaseChangeResult.Refused(CaseStateMachine.Refusal(from, action));
        }

        var to = CaseStateMachine.Target(from, action, application.ProposedDecision);
        var now = clock.GetUtcNow();
        application.Status = to;
        application.Revision++;
        if (to == ApplicationStatus.Withdrawn)
        {
            application.WithdrawnAt = now;
        }
        if (to is ApplicationStatus.Completed or ApplicationStatus.Rejected)
        {
            application.DecidedAt = now;
        }
        if (to != ApplicationStatus.AwaitingApproval)
        {
            // Whatever ends a round (a decision, a send-back, a withdrawal) leaves no step awaiting anyone.
            application.ApprovalStep = null;
            application.ApprovalStepRole = null;
        }
        db.CaseHistory.Add(new CaseHistoryEntry
        {
            ApplicationId = application.Id,
            At = now,
            Kind = action switch
            {
                CaseAction.ApproveStep => CaseEventKind.ApprovalStep,
                CaseAction.Assign => CaseEventKind.Assigned,
                _ => CaseEventKind.StatusChanged,
            },
            Action = action,
            FromStatus = from,
            ToStatus = to,
            ActorKind = actor.Kind,
            StaffMemberId = actor.StaffMemberId,
            ActorName = actor.Name,
            Comment = string.IsNullOrWhiteSpace(comment) ? null : comment,
            ApprovalRound = details.ApprovalRound,
            ApprovalStep = details.ApprovalStep,
            Role = details.Role,
            ProposedDecision = details.ProposedDecision,
            AssigneeId = details.AssigneeId,
            AssigneeName = details.AssigneeName,
            PreviousAssigneeName = details.PreviousAssigneeName,
        });

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return CaseChangeResult.Refused(ChangedMeanwhile);
        }
        return CaseChangeResult.Done(to);
    }
}

/// <summary>What a history line records beyond who, when and why.</summary>
public sealed record CaseChangeDetails
{
    public static CaseChangeDetails None { get; } = new();

    public int? ApprovalRound { get; init; }
    public int? ApprovalStep { get; init; }
    public DepartmentRole? Role { get; init; }
    public ApplicationStatus? ProposedDecision { get; init; }
    public string? AssigneeId { get; init; }
    public string? AssigneeName { get; init; }
    public string? PreviousAssigneeName { get; init; }
}

/// <summary>The outcome of a case change: the new status, or why it was refused.</summary>
public sealed record CaseChangeResult(bool Succeeded, ApplicationStatus? Status, Message? Problem)
{
    public static CaseChangeResult Done(ApplicationStatus status) => new(true, status, null);

    public static CaseChangeResult Refused(Message problem) => new(false, null, problem);
}
