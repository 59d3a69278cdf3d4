using System.Globalization;

using Madoguchi.Core.Cases.Lifecycle;
using Madoguchi.Core.Data;
using Madoguchi.Core.Identity;
using Madoguchi.Core.Submissions;
using Madoguchi.Core.Submissions.Receipts;

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
public sealed class ListInbox(MadoguchiDb db, ReceiptNumbers numbers)
{
    public const int PageSize = 50;

    public async Task<InboxPage> HandleAsync(InboxQuery query, CancellationToken ct = default)
    {
        var rows = await PageQuery(query).ToListAsync(ct);
        var next = rows.Count > PageSize ? Cursor.Format(rows[PageSize - 1].Row.SubmittedAt, rows[PageSize - 1].Id) : null;
        return new InboxPage([.. rows.Take(PageSize).Select(r => r.Row)], next);
    }

    internal sealed record PageRow(Guid Id, InboxRow Row);

    /// <summary>The SQL of one page (one more row than shown, to know whether there is a next); internal for the query-plan tests.</summary>
    internal IQueryable<PageRow> PageQuery(InboxQuery query)
    {
        var keyed = Keyed(query);
        if (Cursor.TryParse(query.After, out var at, out var id))
        {
            keyed = keyed.Where(k => k.At < at || (k.At == at && k.Id.CompareTo(id) < 0));
        }
        return keyed
            .OrderByDescending(k => k.At).ThenByDescending(k => k.Id)
            .Take(PageSize + 1)
            .Select(k => new PageRow(
                k.Id,
                new InboxRow(
                    k.Application.ReceiptNumber, k.Application.Procedure.TitleJa, k.Application.Procedure.TitleEn, k.Application.ApplicantName,
                    k.Application.SubmittedAt, k.Application.Status, k.Application.DueOn,
                    db.Users.Where(u => u.Id == k.Application.AssignedToId).Select(u => u.DisplayName).FirstOrDefault(),
                    k.Application.ApprovalStepRole)));
    }

    /// <summary>An application with the (time, id) it is ordered and paged by (member-initialised, so EF can translate its use).</summary>
    private sealed class KeyedApplication
    {
        public required Application Application { get; init; }
        public required DateTimeOffset At { get; init; }
        public required Guid Id { get; init; }
    }

    /// <summary>
    /// With a name, the query starts from the name's terms, ordered by their copy of the submission time:
    /// the database walks that one name's index entries newest first and stops when the page is full,
    /// instead of walking the department's cases and testing each name.
    /// </summary>
    private IQueryable<KeyedApplication> Keyed(InboxQuery query)
    {
        if (query.Filter.ApplicantNameKey is not { } key)
        {
            return Matching(query.StaffMemberId, query.Filter, query.Today).Select(a => new KeyedApplication { Application = a, At = a.SubmittedAt, Id = a.Id });
        }
        var others = Matching(query.StaffMemberId, query.Filter with { ApplicantNameKey = null }, query.Today);
        return db.ApplicantNameTerms.Where(t => t.Term == key)
            .Join(others, t => t.ApplicationId, a => a.Id, (t, a) => new KeyedApplication { Application = a, At = t.SubmittedAt, Id = t.ApplicationId });
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
            applications = applications.WithReceipt(numbers, receipt);
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
            // The family name, the given name or the whole name, in kanji or kana (ApplicantNameTerm).
            applications = applications.Where(a => db.ApplicantNameTerms.Any(t => t.ApplicationId == a.Id && t.Term == key));
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
