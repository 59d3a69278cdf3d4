using System.Security.Cryptography;

using Madoguchi.Core.Data;
using Madoguchi.Forms.Definitions;

namespace Madoguchi.Core.Submissions.Attachments;

public abstract record UploadOutcome
{
    public sealed record Stored(Attachment Attachment) : UploadOutcome;
    public sealed record Refused(string Code, LocalizedText Message) : UploadOutcome;
}

/// <summary>
/// Accepts one uploaded file for a draft's file field: size, count and kind are checked on the
/// bytes against the field's settings before anything is stored.
/// </summary>
public sealed class UploadAttachment(MadoguchiDb db, FileStore store, TimeProvider clock)
{
    /// <summary>The most any field may accept, whatever its settings say.</summary>
    public const long HardLimitBytes = 10 * 1024 * 1024;

    private static readonly string[] DefaultAccept = ["image/jpeg", "image/png", "application/pdf"];

    public Task<UploadOutcome> HandleAsync(
        Draft draft, FormComponent field, int filesAlready, string fileName, Stream content, CancellationToken ct) =>
        StoreAsync(draft.Id, null, field, filesAlready, fileName, content, ct);

    /// <summary>
    /// A file that answers a correction request (補正): it joins the application only when the corrected
    /// answers are resubmitted, and is removed if they never are (see ResubmitCorrection, CancelCorrection).
    /// </summary>
    public Task<UploadOutcome> HandleForCorrectionAsync(
        long correctionRequestId, FormComponent field, int filesAlready, string fileName, Stream content, CancellationToken ct) =>
        StoreAsync(null, correctionRequestId, field, filesAlready, fileName, content, ct);

    private async Task<UploadOutcome> StoreAsync(
        Guid? draftId, long? correctionRequestId, FormComponent field, int filesAlready, string fileName, Stream content, CancellationToken ct)
    {
        var label = field.Label?.Ja ?? field.Key;
        var labelEn = field.Label?.Get("en") ?? field.Key;
        var maxBytes = Math.Min(field.Settings.MaxBytes ?? HardLimitBytes, HardLimitBytes);
        var maxFiles = field.Settings.MaxFiles ?? 1;
        if (filesAlready >= maxFiles)
        {
            return Refuse("too_many_files", $"{label}は{maxFiles}個までです。", $"{labelEn}: up to {maxFiles} files.");
        }

        using var buffer = new MemoryStream();
        var read = await CopyUpToAsync(content, buffer, maxBytes + 1, ct);
        if (read == 0)
        {
            return Refuse("file_empty", $"{label}のファイルが空です。", $"The file for {labelEn} is empty.");
        }
        if (read > maxBytes)
        {
            var mb = maxBytes / 1024.0 / 1024.0;
            return Refuse("file_too_large", $"{label}のファイルが大きすぎます（{mb:0.#}MBまで）。", $"The file for {labelEn} is too large (max {mb:0.#} MB).");
        }
        var bytes = buffer.GetBuffer().AsSpan(0, (int)read);
        var kind = FileSignatures.Detect(bytes[..Math.Min(bytes.Length, 16)]);
        var accept = field.Settings.Accept.Count > 0 ? field.Settings.Accept : DefaultAccept;
        if (kind is null || !accept.Contains(kind, StringComparer.Ordinal))
        {
            var kinds = string.Join("、", accept.Select(FriendlyName));
            return Refuse("file_type", $"{label}には {kinds} のファイルを選んでください。", $"Choose a {kinds} file for {labelEn}.");
        }

        var id = NewId();
        var attachment = new Attachment
        {
            Id = id,
            DraftId = draftId,
            CorrectionRequestId = correctionRequestId,
            FieldKey = field.Key,
            FileName = SafeDisplayName(fileName),
            ContentType = kind,
            Length = read,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)),
            StorageKey = id + FileSignatures.Extension(kind),
            UploadedAt = clock.GetUtcNow(),
        };
        buffer.Position = 0;
        await store.SaveAsync(attachment.StorageKey, buffer, ct);
        db.Attachments.Add(attachment);
        await db.SaveChangesAsync(ct);
        return new UploadOutcome.Stored(attachment);
    }

    private static async Task<long> CopyUpToAsync(Stream from, Stream to, long limit, CancellationToken ct)
    {
        var chunk = new byte[81920];
        long total = 0;
        int n;
        while (total < limit && (n = await from.ReadAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, limit - total)), ct)) > 0)
        {
            await to.WriteAsync(chunk.AsMemory(0, n), ct);
            total += n;
        }
        return total;
    }

    private static UploadOutcome.Refused Refuse(string code, string ja, string en) => new UploadOutcome.Refused(code, new LocalizedText(ja, en));

    private static string FriendlyName(string contentType) => contentType switch
    {
        "image/jpeg" => "JPEG",
        "image/png" => "PNG",
        "application/pdf" => "PDF",
        "image/heic" => "HEIC",
        _ => contentType,
    };

    // Shown to staff only; path parts and control characters are dropped, length is capped.
    internal static string SafeDisplayName(string fileName)
    {
        var name = Path.GetFileName(fileName.Replace('\\', '/'));
        var clean = new string([.. name.Where(c => !char.IsControl(c) && c is not ('\u202A' or '\u202B' or '\u202C' or '\u202D' or '\u202E'))]);
        if (clean.Length == 0)
        {
            return "file";
        }
        return clean.Length > 100 ? clean[..100] : clean;
    }

    private static string NewId() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(18)).Replace('+', '-').Replace('/', '_');
}
