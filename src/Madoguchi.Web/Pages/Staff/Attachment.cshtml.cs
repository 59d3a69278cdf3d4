using System.Text;

using Madoguchi.Core.Cases.Attachments;
using Madoguchi.Web.Staff;

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Madoguchi.Web.Pages.Staff;

/// <summary>
/// Downloads a file of a case, scoped like the case page (another department's file is 404) and
/// written to the audit log. Always a download, never shown inline: the bytes came from outside.
/// </summary>
public sealed class AttachmentModel(DownloadAttachment download) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string receiptNumber, string attachmentId, CancellationToken ct)
    {
        if (await download.HandleAsync(User.AuditActor(), receiptNumber, attachmentId, ct) is not { } file)
        {
            return NotFound();
        }
        Response.Headers.ContentDisposition = ContentDisposition(file.DownloadName);
        Response.Headers.CacheControl = "no-store";
        Response.Headers.XContentTypeOptions = "nosniff";
        return File(file.Content, file.Attachment.ContentType);
    }

    /// <summary>
    /// RFC 6266 with an RFC 5987 UTF-8 name for browsers, and a plain ASCII stand-in for the rest:
    /// nothing from the resident's name can end the header value or start another parameter.
    /// </summary>
    public static string ContentDisposition(string fileName)
    {
        var ascii = new StringBuilder(fileName.Length);
        foreach (var c in fileName)
        {
            ascii.Append(char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_');
        }
        return $"attachment; filename=\"{ascii}\"; filename*=UTF-8''{Uri.EscapeDataString(fileName)}";
    }
}
