using Madoguchi.Core.Cases.Lifecycle;
using Madoguchi.Core.Data;
using Madoguchi.Core.Identity;
using Madoguchi.Core.Submissions;

using Microsoft.EntityFrameworkCore;

namespace Madoguchi.Core.Cases.Approval;

/// <summary>One box of the stamp column (押印欄): the step's role, and who acted there and when, if anyone has.</summary>
public sealed record ApprovalStamp(int Step, DepartmentRole Role, StampState State, string? Name, DateTimeOffset? At, string? Comment);

public enum StampState
{
    /// <summary>起案: the clerk's proposal (step 0).</summary>
    Drafted,

    /// <summary>承認 at an earlier step.</summary>
    Approved,

    /// <summary>The decision: the last approver's 決裁, or the clerk's 決定 on a route without approvers.</summary>
    Decided,

    /// <summary>差戻し at this step: the round ended here.</summary>
    SentBack,

    /// <summary>The step waiting now.</summary>
    Awaiting,

    /// <summary>A later step the proposal has not reached.</summary>
    NotReached,
}

public enum RoundOutcome
{
    InApproval,
    SentBack,
    Decided,

    /// <summary>The resident withdrew the application while it was in approval.</summary>
    Withdrawn,
}

/// <summary>One 起案 and what became of it.</summary>
public sealed record ApprovalRoundRecord(int Round, ApplicationStatus? ProposedDecision, RoundOutcome Outcome, IReadOnlyList<ApprovalStamp> Stamps);

/// <summary>
/// The approval record of a case, round by round, read from its history: the case page's stamp column
/// and the PDF's. <see cref="Latest"/> is the round to stamp; earlier rounds ended in a send-back.
/// </summary>
public sealed record ApprovalRecord(IReadOnlyList<ApprovalRoundRecord> Rounds)
{
    public ApprovalRoundRecord? Latest => Rounds.Count == 0 ? null : Rounds[^1];

    /// <summary>Builds the record from the history lines (any order) and the case's current round and route.</summary>
    public static ApprovalRecord From(Application application, IEnumerable<CaseHistoryEntry> history)
    {
        var lines = history.OrderBy(h => h.Id).ToList();
        var rounds = new List<ApprovalRoundRecord>();
        foreach (var round in lines.Where(h => h.ApprovalRound is not null).GroupBy(h => h.ApprovalRound!.Value).OrderBy(g => g.Key))
        {
            var isCurrent = round.Key == application.ApprovalRound;
            rounds.Add(Round(round.Key, [.. round], isCurrent ? application : null, lines));
        }
        return new ApprovalRecord(rounds);
    }

    private static ApprovalRoundRecord Round(int number, List<CaseHistoryEntry> lines, Application? current, List<CaseHistoryEntry> all)
    {
        var stamps = new List<ApprovalStamp>();
        var outcome = RoundOutcome.InApproval;
        ApplicationStatus? proposed = null;
        foreach (var line in lines)
        {
            var (state, ended) = line.Action switch
            {
                CaseAction.SubmitForApproval => (StampState.Drafted, (RoundOutcome?)null),
                CaseAction.ApproveStep => (StampState.Approved, null),
                CaseAction.ApproveFinally or CaseAction.DecideWithoutApproval => (StampState.Decided, RoundOutcome.Decided),
                CaseAction.SendBack => (StampState.SentBack, RoundOutcome.SentBack),
                _ => (StampState.NotReached, null),
            };
            if (state == StampState.NotReached)
            {
                continue;
            }
            proposed ??= line.ProposedDecision;
            outcome = ended ?? outcome;
            stamps.Add(new ApprovalStamp(line.ApprovalStep ?? 0, line.Role ?? DepartmentRole.Clerk, state, line.ActorName, line.At, line.Comment));
        }

        // The current round still in approval: the awaited step and the ones after it, from the route it started with.
        if (current is { Status: ApplicationStatus.AwaitingApproval, ApprovalStep: { } awaited }
            && ApprovalRoute.Parse(current.ApprovalRoute) is { } route && outcome == RoundOutcome.InApproval)
        {
            for (var step = awaited; step <= route.LastStep; step++)
            {
                stamps.Add(new ApprovalStamp(step, route.Steps[step], step == awaited ? StampState.Awaiting : StampState.NotReached, null, null, null));
            }
        }
        else if (outcome == RoundOutcome.InApproval && all.Any(h => h.Action == CaseAction.Withdraw && h.Id > lines[^1].Id))
        {
            outcome = RoundOutcome.Withdrawn;
        }
        return new ApprovalRoundRecord(number, proposed, outcome, stamps);
    }
}

/// <summary>Reads a case's approval record; the caller has already scoped the case to the reader's departments.</summary>
public sealed class ReadApprovalRecord(MadoguchiDb db)
{
    public async Task<ApprovalRecord> HandleAsync(Application application, CancellationToken ct = default)
    {
        var history = await db.CaseHistory.AsNoTracking().Where(h => h.ApplicationId == application.Id).ToListAsync(ct);
        return ApprovalRecord.From(application, history);
    }
}
