using System.Security.Cryptography;
using System.Text;

namespace Madoguchi.Core.Submissions.Receipts;

/// <summary>
/// The secrets that let a resident see their application: a long access token (for the status
/// link and the API) and a short access code (to type with the 受付番号). Both are derived with
/// HMAC from the installation key, so nothing secret is stored per application and every node
/// computes the same values.
/// </summary>
public sealed class AccessCodes(byte[] key)
{
    public string TokenFor(string receiptNumber) =>
        Base64Url(Mac("access-token:" + receiptNumber).AsSpan(0, 24));

    /// <summary>Eight characters, shown as "ABCD-EFGH".</summary>
    public string CodeFor(string receiptNumber)
    {
        var mac = Mac("access-code:" + receiptNumber);
        var chars = new char[8];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = ReceiptNumber.Alphabet[mac[i] % 32];
        }
        return $"{new string(chars, 0, 4)}-{new string(chars, 4, 4)}";
    }

    public bool IsValidToken(string receiptNumber, string? token) =>
        token is not null && FixedEquals(TokenFor(receiptNumber), token);

    public bool IsValidCode(string receiptNumber, string? code)
    {
        if (code is null || code.Length > 20)
        {
            return false;
        }
        var typed = code.Replace("-", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal)
            .ToUpperInvariant();
        return FixedEquals(CodeFor(receiptNumber).Replace("-", "", StringComparison.Ordinal), typed);
    }

    private byte[] Mac(string message) => HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(message));

    private static bool FixedEquals(string a, string b) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(a), Encoding.UTF8.GetBytes(b));

    private static string Base64Url(ReadOnlySpan<byte> bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
