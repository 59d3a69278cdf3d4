using System.Globalization;

using Madoguchi.Core.Data;
using Madoguchi.Core.Submissions;

using Microsoft.EntityFrameworkCore;

namespace Madoguchi.Core.Cases.Inbox;

public sealed record InboxQuery(string StaffMemberId, InboxFilter Filter, string? After);

public sealed record InboxRow(
    string ReceiptNumber, string ProcedureTitleJa, string? ProcedureTitleEn, string? ApplicantName,
    DateTimeOffset SubmittedAt, ApplicationStatus Status, DateOnly? DueOn)
{
    /// <summary>Past its 処理期限 (in Japan's today) and still undecided.</summary>
    public bool IsOverdue(DateOnly today) => DueOn is { } due && due < today && Status.CanWithdraw();
}

/// <summary>One page of the inbox, newest first; <see cref="Next"/> is the cursor of the next page.</summary>
public sealed record InboxPage(IReadOnlyList<InboxRow> Rows, string? Next);

/// <summary>
/// The staff inbox: applications of the member's departments, newest first, keyset-paged on
/// (SubmittedAt desc, Id desc) so a page costs the same at the end of the list as at the start.
/// </summary>
public sealed class ListInbox(MadoguchiDb db)
{
    public const int PageSize = 50;

    public async Task<InboxPage> HandleAsync(InboxQuery query, CancellationToken ct = default)
    {
        if (!query.Filter.IsValid)
        {
            return new InboxPage([], null);
        }
        var applications = query.Filter.Select(db, query.StaffMemberId);
        if (Cursor.TryParse(query.After, out var at, out var id))
        {
            applications = applications.Where(a => a.SubmittedAt < at || (a.SubmittedAt == at && a.Id.CompareTo(id) < 0));
        }
        var rows = await applications
            .NewestFirst()
            .Take(PageSize + 1)
            .Select(a => new { a.Id, Row = new InboxRow(a.ReceiptNumber, a.Procedure.TitleJa, a.Procedure.TitleEn, a.ApplicantName, a.SubmittedAt, a.Status, a.DueOn) })
            .ToListAsync(ct);
        var next = rows.Count > PageSize ? Cursor.Format(rows[PageSize - 1].Row.SubmittedAt, rows[PageSize - 1].Id) : null;
        return new InboxPage([.. rows.Take(PageSize).Select(r => r.Row)], next);
    }

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
