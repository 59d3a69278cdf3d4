namespace Madoguchi.Web.Tests.Support;

/// <summary>Tiny files whose first bytes are real signatures (the server checks bytes, not names).</summary>
public static class TestFiles
{
    public static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, .. "JFIF"u8, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0xFF, 0xD9];

    public static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, .. "IHDR"u8];

    public static readonly byte[] Pdf = [.. "%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"u8];

    /// <summary>An HTML page renamed to photo.jpg: the name lies, the bytes do not.</summary>
    public static readonly byte[] HtmlPretendingToBeJpeg = [.. "<html><script>alert(1)</script></html>"u8];
}
