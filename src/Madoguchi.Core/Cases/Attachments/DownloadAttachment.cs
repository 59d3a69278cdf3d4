using Madoguchi.Core.Audit;
using Madoguchi.Core.Data;
using Madoguchi.Core.Submissions;
using Madoguchi.Core.Submissions.Attachments;
using Madoguchi.Core.Submissions.Receipts;

using Microsoft.EntityFrameworkCore;

namespace Madoguchi.Core.Cases.Attachments;

/// <summary>A file of a case, opened for a staff member and written to the audit log.</summary>
public sealed record CaseFile(Attachment Attachment, Stream Content)
{
    /// <summary>The resident's name with the extension of what the bytes really are (photo.html holding a JPEG saves as photo.jpg).</summary>
    public string DownloadName =>
        (Path.GetFileNameWithoutExtension(Attachment.FileName) is { Length: > 0 } stem ? stem : "attachment")
        + FileSignatures.Extension(Attachment.ContentType);
}

/// <summary>
/// Opens an attachment of a case the staff member may see. Null, like the case page, both for an
/// unknown file and for another department's, so neither can be probed.
/// </summary>
public sealed class DownloadAttachment(MadoguchiDb db, ReceiptNumbers numbers, FileStore files, AuditTrail audit)
{
    public async Task<CaseFile?> HandleAsync(AuditActor viewer, string? receiptNumber, string? attachmentId, CancellationToken ct = default)
    {
        if (viewer.Id is null || !ReceiptNumber.TryParse(receiptNumber, out var receipt) || attachmentId is not { Length: >= 10 and <= 64 })
        {
            return null;
        }
        var attachment = await db.ApplicationsVisibleTo(viewer.Id).AsNoTracking()
            .WithReceipt(numbers, receipt)
            .SelectMany(a => a.Attachments)
            .FirstOrDefaultAsync(f => f.Id == attachmentId, ct);
        if (attachment is null || await files.OpenReadAsync(attachment.StorageKey, ct) is not { } content)
        {
            return null;
        }
        try
        {
            audit.Record(db, viewer, AuditActions.AttachmentDownloaded, receipt,
                AuditTrail.Details(new { attachment = attachment.Id, field = attachment.FieldKey }));
            await db.SaveChangesAsync(ct);
            return new CaseFile(attachment, content);
        }
        catch
        {
            await content.DisposeAsync();
            throw;
        }
    }
}
