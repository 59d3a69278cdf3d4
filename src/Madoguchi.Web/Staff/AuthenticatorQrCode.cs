using QRCoder;

namespace Madoguchi.Web.Staff;

/// <summary>
/// The otpauth:// URI of an authenticator key as a PNG data URI: the page's CSP allows data:
/// images and no script, and no request leaves the server.
/// </summary>
internal static class AuthenticatorQrCode
{
    public const string Issuer = "Madoguchi";

    public static string Uri(string key, string account) =>
        $"otpauth://totp/{System.Uri.EscapeDataString(Issuer)}:{System.Uri.EscapeDataString(account)}?secret={key}&issuer={System.Uri.EscapeDataString(Issuer)}&digits=6";

    public static string DataUri(string key, string account)
    {
        using var data = QRCodeGenerator.GenerateQrCode(Uri(key, account), QRCodeGenerator.ECCLevel.M);
        return "data:image/png;base64," + Convert.ToBase64String(new PngByteQRCode(data).GetGraphic(5));
    }
}
