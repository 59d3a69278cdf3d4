using System.Globalization;

using Madoguchi.Core.Cases.Lifecycle;
using Madoguchi.Core.Data;
using Madoguchi.Core.Identity;
using Madoguchi.Core.Submissions;

using Microsoft.EntityFrameworkCore;

namespace Madoguchi.Core.Cases.Inbox;

public sealed record InboxQuery(string StaffMemberId, InboxFilter Filter, string? After, DateOnly Today);

public sealed record InboxRow(
    string ReceiptNumber, string ProcedureTitleJa, string? ProcedureTitleEn, string? ApplicantName,
    DateTimeOffset SubmittedAt, ApplicationStatus Status, DateOnly? DueOn,
    string? AssigneeName, DepartmentRole? ApprovalStepRole);

/// <summary>One page of the inbox, newest first; <see cref="Next"/> is the cursor of the next page.</summary>
public sealed record InboxPage(IReadOnlyList<InboxRow> Rows, string? Next);

/// <summary>
/// The staff inbox: applications of the member's departments matching a checked filter, newest first,
/// keyset-paged on (SubmittedAt desc, Id desc) so a page costs the same at the end of the list as at the start.
/// </summary>
public sealed class ListInbox(MadoguchiDb db)
{
    public const int PageSize = 50;

    public async Task<InboxPage> HandleAsync(InboxQuery query, CancellationToken ct = default)
    {
        var applications = Matching(query.StaffMemberId, query.Filter, query.Today);
        if (Cursor.TryParse(query.After, out var at, out var id))
        {
            applications = applications.Where(a => a.SubmittedAt < at || (a.SubmittedAt == at && a.Id.CompareTo(id) < 0));
        }
        var rows = await applications
            .OrderByDescending(a => a.SubmittedAt).ThenByDescending(a => a.Id)
            .Take(PageSize + 1)
            .Select(a => new
            {
                a.Id,
                Row = new InboxRow(
                    a.ReceiptNumber, a.Procedure.TitleJa, a.Procedure.TitleEn, a.ApplicantName, a.SubmittedAt, a.Status, a.DueOn,
                    db.Users.Where(u => u.Id == a.AssignedToId).Select(u => u.DisplayName).FirstOrDefault(),
                    a.ApprovalStepRole),
            })
            .ToListAsync(ct);
        var next = rows.Count > PageSize ? Cursor.Format(rows[PageSize - 1].Row.SubmittedAt, rows[PageSize - 1].Id) : null;
        return new InboxPage([.. rows.Take(PageSize).Select(r => r.Row)], next);
    }

    /// <summary>
    /// The member's visible applications that match <paramref name="filter"/>, unordered: the inbox pages
    /// them, an export may stream them. <paramref name="today"/> is the date in Japan (for overdue).
    /// </summary>
    public IQueryable<Application> Matching(string staffMemberId, InboxFilter filter, DateOnly today)
    {
        var applications = db.ApplicationsVisibleTo(staffMemberId);
        if (filter.ReceiptNumber is { } receipt)
        {
            applications = applications.Where(a => a.ReceiptNumber == receipt);
        }
        if (filter.Status is { } status)
        {
            applications = applications.Where(a => a.Status == status);
        }
        applications = filter.Assignee switch
        {
            AssigneeChoice.Anyone => applications,
            AssigneeChoice.Me => applications.Where(a => a.AssignedToId == staffMemberId),
            AssigneeChoice.Unassigned => applications.Where(a => a.AssignedToId == null),
            AssigneeChoice.Named => applications.Where(a => a.AssignedToId == filter.AssigneeId),
        };
        if (filter.ProcedureId is { } procedureId)
        {
            applications = applications.Where(a => a.ProcedureId == procedureId);
        }
        if (filter.OverdueOnly)
        {
            applications = applications.Where(CaseDeadline.Overdue(today));
        }
        if (filter.AwaitingMyApproval)
        {
            // The same rules as CasePermissions: the step's role in the case's department, not one's own
            // 起案, not a second approval in the same round.
            applications = applications.Where(a => a.ApprovalStepRole != null
                && db.DepartmentMemberships.Any(m => m.StaffMemberId == staffMemberId && m.DepartmentId == a.Procedure.DepartmentId && m.Role == a.ApprovalStepRole)
                && (a.DraftedById == null || a.DraftedById != staffMemberId)
                && !db.CaseHistory.Any(h => h.ApplicationId == a.Id && h.ApprovalRound == a.ApprovalRound
                    && h.Kind == CaseEventKind.ApprovalStep && h.StaffMemberId == staffMemberId));
        }
        if (filter.ApplicantNameKey is { } key)
        {
            // Part of the name, kanji or kana: the key holds both ("山田太郎 ヤマダタロウ").
            applications = applications.Where(a => a.ApplicantNameKey != null && a.ApplicantNameKey.Contains(key));
        }
        if (filter.SubmittedFrom is { } from)
        {
            var start = JapanDate.StartOf(from);
            applications = applications.Where(a => a.SubmittedAt >= start);
        }
        if (filter.SubmittedTo is { } to)
        {
            var end = JapanDate.StartOf(to.AddDays(1));
            applications = applications.Where(a => a.SubmittedAt < end);
        }
        return applications;
    }

    /// <summary>Whether <paramref name="after"/> is a cursor this inbox wrote (or empty).</summary>
    public static bool IsCursor(string? after) => string.IsNullOrEmpty(after) || Cursor.TryParse(after, out _, out _);

    private static class Cursor
    {
        public static string Format(DateTimeOffset at, Guid id) =>
            $"{at.UtcTicks.ToString(CultureInfo.InvariantCulture)}_{id:N}";

        public static bool TryParse(string? text, out DateTimeOffset at, out Guid id)
        {
            at = default;
            id = default;
            var parts = text?.Split('_');
            if (parts is not [var ticks, var guid]
                || !long.TryParse(ticks, NumberStyles.None, CultureInfo.InvariantCulture, out var t)
                || t < DateTimeOffset.MinValue.UtcTicks || t > DateTimeOffset.MaxValue.UtcTicks
                || !Guid.TryParseExact(guid, "N", out id))
            {
                return false;
            }
            at = new DateTimeOffset(t, TimeSpan.Zero);
            return true;
        }
    }
}
