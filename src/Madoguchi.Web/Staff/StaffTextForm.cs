namespace Madoguchi.Web.Staff;

/// <summary>
/// A one-textarea form on the case page (a message, a note, the reason for a cancellation), also
/// shown on its own page with the text kept when something was wrong with it.
/// </summary>
internal sealed record StaffTextForm(
    string Action, string Id, string LabelKey, string HintKey, int MaxLength, string ButtonKey,
    string? Value = null, string? Error = null, int? Revision = null, bool Required = true, bool Warning = false);
