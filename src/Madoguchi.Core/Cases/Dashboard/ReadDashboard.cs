using Madoguchi.Core.Cases.Lifecycle;
using Madoguchi.Core.Data;
using Madoguchi.Core.Submissions;
using Madoguchi.Japanese.Calendar;

using Microsoft.EntityFrameworkCore;

namespace Madoguchi.Core.Cases.Dashboard;

public sealed record DashboardDepartment(string Code, string NameJa, string? NameEn);

public sealed record DayCount(DateOnly Day, int Count);

public sealed record StatusCount(ApplicationStatus Status, int Count);

/// <summary>
/// One department's figures. <see cref="MedianWorkingDays"/> counts 開庁日 from receipt to decision
/// (完了 or 却下) the way 標準処理期間 is counted, over cases decided in the window; null when none was.
/// <see cref="Overdue"/> uses the inbox's rule (<see cref="CaseDeadline"/>: 補正待ち does not count).
/// </summary>
public sealed record DashboardFigures(
    DashboardDepartment Department, IReadOnlyList<DashboardDepartment> Departments, DateOnly Today,
    IReadOnlyList<DayCount> PerDay, IReadOnlyList<StatusCount> Open, double? MedianWorkingDays, int Decided, int Overdue);

/// <summary>
/// The dashboard of one of the member's departments, computed from the applications the member
/// may see (<see cref="StaffScope"/>): another department's cases are never counted, and asking
/// for a department the member does not belong to finds nothing.
/// </summary>
public sealed class ReadDashboard(MadoguchiDb db, TimeProvider clock, BusinessCalendar calendar)
{
    /// <summary>The window of the per-day chart and of the median: today in Japan and the 29 days before.</summary>
    public const int Days = 30;

    /// <summary>Statuses of a case still being handled (before a decision or a withdrawal).</summary>
    public static readonly ApplicationStatus[] OpenStatuses = [.. Enum.GetValues<ApplicationStatus>().Where(s => s.CanWithdraw())];

    public async Task<DashboardFigures?> HandleAsync(string staffMemberId, string? departmentCode, CancellationToken ct = default)
    {
        var departments = await db.Departments.AsNoTracking()
            .Where(d => db.DepartmentMemberships.Any(m => m.StaffMemberId == staffMemberId && m.DepartmentId == d.Id))
            .OrderBy(d => d.Id)
            .Select(d => new { d.Id, Shown = new DashboardDepartment(d.Code, d.NameJa, d.NameEn) })
            .ToListAsync(ct);
        var department = string.IsNullOrEmpty(departmentCode)
            ? departments.FirstOrDefault()
            : departments.FirstOrDefault(d => string.Equals(d.Shown.Code, departmentCode, StringComparison.Ordinal));
        if (department is null)
        {
            return null;
        }

        var applications = db.ApplicationsVisibleTo(staffMemberId).Where(a => a.Procedure.DepartmentId == department.Id);
        var today = JapanDate.Today(clock);
        var firstDay = today.AddDays(-(Days - 1));
        // Midnight in Japan as a UTC instant (PostgreSQL's timestamptz takes UTC only).
        var since = new DateTimeOffset(firstDay.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(9)).ToUniversalTime();

        var submitted = await applications.Where(a => a.SubmittedAt >= since).Select(a => a.SubmittedAt).ToListAsync(ct);
        var perDay = submitted.GroupBy(JapanDay).ToDictionary(g => g.Key, g => g.Count());

        var open = await applications.Where(a => OpenStatuses.Contains(a.Status))
            .GroupBy(a => a.Status).Select(g => new { Status = g.Key, Count = g.Count() })
            .ToListAsync(ct);

        var decided = await applications
            .Where(a => (a.Status == ApplicationStatus.Completed || a.Status == ApplicationStatus.Rejected) && a.DecidedAt >= since)
            .Select(a => new { a.SubmittedAt, a.DecidedAt })
            .ToListAsync(ct);
        var durations = decided.Select(d => calendar.BusinessDaysBetween(JapanDay(d.SubmittedAt), JapanDay(d.DecidedAt!.Value))).ToList();

        var overdue = await applications.Where(CaseDeadline.Overdue(today)).CountAsync(ct);

        return new DashboardFigures(
            department.Shown, [.. departments.Select(d => d.Shown)], today,
            [.. Enumerable.Range(0, Days).Select(i => firstDay.AddDays(i)).Select(d => new DayCount(d, perDay.GetValueOrDefault(d)))],
            [.. OpenStatuses.Select(s => new StatusCount(s, open.FirstOrDefault(o => o.Status == s)?.Count ?? 0))],
            Median(durations), durations.Count, overdue);
    }

    private static DateOnly JapanDay(DateTimeOffset instant) => DateOnly.FromDateTime(JapanDate.ToJapan(instant).DateTime);

    public static double? Median(IReadOnlyList<int> values)
    {
        if (values.Count == 0)
        {
            return null;
        }
        var sorted = values.Order().ToArray();
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0;
    }
}
