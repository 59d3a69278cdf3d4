namespace Madoguchi.Core.Submissions.Attachments;

/// <summary>
/// Tells a file's kind from its first bytes: the name and the browser's Content-Type are the
/// resident's (or an attacker's) word, the bytes are not.
/// </summary>
public static class FileSignatures
{
    public static string? Detect(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return "image/jpeg";
        }
        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return "image/png";
        }
        if (head.StartsWith("%PDF-"u8))
        {
            return "application/pdf";
        }
        // ISO BMFF: "ftyp" at offset 4, then a brand; iPhones upload HEIC.
        if (head.Length >= 12 && head[4..8].SequenceEqual("ftyp"u8)
            && (head[8..12].SequenceEqual("heic"u8) || head[8..12].SequenceEqual("heix"u8) || head[8..12].SequenceEqual("mif1"u8)))
        {
            return "image/heic";
        }
        return null;
    }

    public static string Extension(string contentType) => contentType switch
    {
        "image/jpeg" => ".jpg",
        "image/png" => ".png",
        "application/pdf" => ".pdf",
        "image/heic" => ".heic",
        _ => ".bin",
    };
}
