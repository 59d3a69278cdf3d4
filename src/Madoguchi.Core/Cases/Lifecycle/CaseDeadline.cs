using System.Linq.Expressions;

using Madoguchi.Core.Submissions;

namespace Madoguchi.Core.Cases.Lifecycle;

/// <summary>
/// 標準処理期間: a case is overdue once its 処理期限 (Application.DueOn) has passed in Japan while the
/// office still owes the next step. 補正待ち does not count: 行政手続法 第6条 leaves the time a
/// resident takes to correct an application out of the standard period.
/// </summary>
public static class CaseDeadline
{
    public static bool ClockRuns(ApplicationStatus status) =>
        status is ApplicationStatus.Received or ApplicationStatus.UnderReview or ApplicationStatus.AwaitingApproval;

    public static bool IsOverdue(ApplicationStatus status, DateOnly? dueOn, DateOnly today) =>
        dueOn is { } due && due < today && ClockRuns(status);

    /// <summary>The same rule as a query condition.</summary>
    public static Expression<Func<Application, bool>> Overdue(DateOnly today) =>
        a => a.DueOn < today
            && (a.Status == ApplicationStatus.Received || a.Status == ApplicationStatus.UnderReview || a.Status == ApplicationStatus.AwaitingApproval);
}
