using Madoguchi.Core.Submissions;

namespace Madoguchi.Web.Resident;

/// <summary>The message thread on the status page: the application (found with its token), what was typed, and what went wrong.</summary>
internal sealed record ResidentMessagesView(Application Application, string Token, string? Typed = null, string? Error = null)
{
    public string PostUrl => $"/status/{Application.ReceiptNumber}/messages?t={Uri.EscapeDataString(Token)}";
}
