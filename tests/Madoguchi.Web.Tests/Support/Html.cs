using System.Net;
using System.Text.RegularExpressions;

namespace Madoguchi.Web.Tests.Support;

/// <summary>Just enough HTML reading for tests that act like a browser without JavaScript.</summary>
public static partial class Html
{
    public static string AntiforgeryToken(string html) =>
        TokenPattern().Match(html) is { Success: true } m
            ? WebUtility.HtmlDecode(m.Groups[1].Value)
            : throw new InvalidOperationException("No antiforgery token on the page.");

    public static string Text(string html, string dataAttribute) =>
        new Regex($"<[^>]*{dataAttribute}[^>]*>([^<]*)<").Match(html) is { Success: true } m
            ? WebUtility.HtmlDecode(m.Groups[1].Value).Trim()
            : throw new InvalidOperationException($"No element with {dataAttribute}.");

    /// <summary>The text between the first <paramref name="before"/> and the next <paramref name="after"/>, HTML-decoded.</summary>
    public static string Text(string html, string before, string after)
    {
        var start = html.IndexOf(before, StringComparison.Ordinal);
        if (start < 0)
        {
            throw new InvalidOperationException($"No \"{before}\" on the page.");
        }
        start += before.Length;
        return WebUtility.HtmlDecode(html[start..html.IndexOf(after, start, StringComparison.Ordinal)]);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
