using Madoguchi.Core.Cases.Inbox;

namespace Madoguchi.Web.Staff.Exports;

/// <summary>
/// The inbox filter as typed (query-string names of the inbox page), carried to the export and back,
/// so the export holds exactly what the clerk was looking at.
/// </summary>
internal static class InboxLinks
{
    public static IEnumerable<(string Name, string Value)> Values(InboxFilterInput input) =>
        new (string Name, string? Value)[]
        {
            ("receipt", input.Receipt), ("status", input.Status), ("assignee", input.Assignee), ("procedure", input.Procedure),
            ("overdue", input.Overdue), ("awaitingMe", input.AwaitingMe), ("name", input.Name), ("from", input.From), ("to", input.To),
        }
        .Where(v => !string.IsNullOrEmpty(v.Value))
        .Select(v => (v.Name, v.Value!));

    public static string Query(InboxFilterInput input) =>
        string.Join("&", Values(input).Select(v => $"{v.Name}={Uri.EscapeDataString(v.Value)}"));

    public static string Inbox(InboxFilterInput input) => With("/staff", input);

    public static string Export(InboxFilterInput input) => With("/staff/export", input);

    private static string With(string path, InboxFilterInput input) => Query(input) is { Length: > 0 } q ? $"{path}?{q}" : path;
}
