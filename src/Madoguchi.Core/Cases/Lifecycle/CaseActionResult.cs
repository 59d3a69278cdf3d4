using Madoguchi.Japanese;

namespace Madoguchi.Core.Cases.Lifecycle;

/// <summary>The outcome of a staff action on a case, which the page turns into a redirect or a message.</summary>
public sealed record CaseActionResult(CaseActionOutcome Outcome, Message? Problem = null, string? Field = null)
{
    public static CaseActionResult Done { get; } = new(CaseActionOutcome.Done);

    /// <summary>No such case, or one of another department: the same answer, so numbers cannot be probed.</summary>
    public static CaseActionResult NotFound { get; } = new(CaseActionOutcome.NotFound);

    /// <summary>Something typed or chosen is wrong; <paramref name="field"/> names it.</summary>
    public static CaseActionResult Invalid(string field, Message problem) => new(CaseActionOutcome.Invalid, problem, field);

    /// <summary>The case allows the action now, but not by this person (role, 担当者, separation of duties).</summary>
    public static CaseActionResult Forbidden(Message problem) => new(CaseActionOutcome.Forbidden, problem);

    /// <summary>The case is not in a state for the action, or someone acted first.</summary>
    public static CaseActionResult Conflict(Message problem) => new(CaseActionOutcome.Conflict, problem);

    public static CaseActionResult From(CaseChangeResult change) =>
        change.Succeeded ? Done : Conflict(change.Problem!);
}

public enum CaseActionOutcome
{
    Done,
    NotFound,
    Invalid,
    Forbidden,
    Conflict,
}
