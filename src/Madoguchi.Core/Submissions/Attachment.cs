namespace Madoguchi.Core.Submissions;

/// <summary>
/// An uploaded file. The bytes live in file storage outside the web root under StorageKey;
/// the row is linked to a draft while the resident fills in the form, then to the application.
/// A file sent to answer a correction request (補正) is linked to that request until the corrected
/// answers are resubmitted.
/// </summary>
public sealed class Attachment
{
    /// <summary>Random id, also the value stored in the form answers.</summary>
    public required string Id { get; set; }

    public Guid? DraftId { get; set; }
    public Guid? ApplicationId { get; set; }
    public long? CorrectionRequestId { get; set; }

    /// <summary>The component key it answers (e.g. "photos").</summary>
    public required string FieldKey { get; set; }

    /// <summary>The resident's file name, as given (shown only, never used as a path).</summary>
    public required string FileName { get; set; }

    /// <summary>Detected from the bytes, not from the name or the browser's claim.</summary>
    public required string ContentType { get; set; }

    public long Length { get; set; }
    public required string Sha256 { get; set; }
    public required string StorageKey { get; set; }
    public DateTimeOffset UploadedAt { get; set; }
}
