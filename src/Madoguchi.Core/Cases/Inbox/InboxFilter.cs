using Madoguchi.Core.Data;
using Madoguchi.Core.Submissions;
using Madoguchi.Core.Submissions.Receipts;

namespace Madoguchi.Core.Cases.Inbox;

/// <summary>
/// What a clerk narrowed the inbox to. The inbox page and its CSV export read the same filter
/// through <see cref="Select"/>, so an export holds exactly the rows the page lists.
/// </summary>
public sealed record InboxFilter(string? Receipt = null, ApplicationStatus? Status = null)
{
    /// <summary>Longer than any way of typing a 受付番号; a longer value is refused, not searched.</summary>
    public const int MaxReceiptLength = 40;

    public bool IsValid => Receipt is null || Receipt.Length <= MaxReceiptLength;

    /// <summary>The member's applications that match, unordered; scoping comes first (<see cref="StaffScope"/>).</summary>
    public IQueryable<Application> Select(MadoguchiDb db, string staffMemberId)
    {
        var applications = db.ApplicationsVisibleTo(staffMemberId);
        if (!string.IsNullOrWhiteSpace(Receipt))
        {
            // Read out over the phone and typed in any form (lower case, full width, no hyphens).
            if (!ReceiptNumber.TryParse(Receipt, out var receipt))
            {
                return applications.Where(a => false);
            }
            applications = applications.Where(a => a.ReceiptNumber == receipt);
        }
        if (Status is { } status)
        {
            applications = applications.Where(a => a.Status == status);
        }
        return applications;
    }
}

public static class InboxOrder
{
    /// <summary>The inbox's order, newest first; the export lists rows in the same order.</summary>
    public static IOrderedQueryable<Application> NewestFirst(this IQueryable<Application> applications) =>
        applications.OrderByDescending(a => a.SubmittedAt).ThenByDescending(a => a.Id);
}
