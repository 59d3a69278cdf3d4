using Madoguchi.Core.Cases.Inbox;

namespace Madoguchi.Web.Staff.Exports;

/// <summary>Addresses that carry the inbox filter, so the export and the way back keep what the clerk chose.</summary>
internal static class InboxLinks
{
    public static string Query(InboxFilter filter) =>
        $"receipt={Uri.EscapeDataString(filter.Receipt ?? "")}&status={filter.Status}";

    public static string Inbox(InboxFilter filter) => "/staff?" + Query(filter);

    public static string Export(InboxFilter filter) => "/staff/export?" + Query(filter);
}
