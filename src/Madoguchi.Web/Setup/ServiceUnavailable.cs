using System.Globalization;
using System.Net;

using Microsoft.AspNetCore.Mvc;

namespace Madoguchi.Web.Setup;

/// <summary>
/// Why a node cannot take a request just now. Every reason is answered the same way: 503 with
/// Retry-After, a problem under /api, a small static Japanese page elsewhere (no Razor, no
/// database: it must work when those are the trouble), and never a stack trace.
/// </summary>
internal sealed record ServiceUnavailable(int RetryAfterSeconds, string Title, string DetailJa, string HeadingJa, string TextJa, string TextEn)
{
    public static readonly ServiceUnavailable DatabaseUnreachable = new(
        10,
        "Service temporarily unavailable",
        "データベースに接続できません。申請は保存されていません。10秒ほど待ってから、同じ Idempotency-Key でもう一度送ってください。",
        "ただいまご利用いただけません",
        "システムが一時的に応答していません。入力した内容は保存されていない可能性があります。しばらくしてから、もう一度お試しください。",
        "The service is briefly unavailable. Please try again in a few moments.");

    public static readonly ServiceUnavailable StorageFull = new(
        60,
        "Storage full",
        "サーバーの保存領域がいっぱいのため、受け付けられません。申請は保存されていません。しばらくしてから、同じ Idempotency-Key でもう一度送ってください。",
        "ただいま受付を止めています",
        "サーバーの保存領域が不足しているため、申請やファイルを保存できません。この送信は保存されていません。しばらくしてから、もう一度お試しください。",
        "The server cannot store anything just now, so nothing you sent was saved. Please try again later.");

    public static ServiceUnavailable Overloaded(int retryAfterSeconds) => new(
        retryAfterSeconds,
        "Too busy",
        $"ただいま混み合っています。申請は保存されていません。{retryAfterSeconds}秒ほど待ってから、同じ Idempotency-Key でもう一度送ってください。",
        "ただいま混み合っています",
        "多くの方が同時に利用しているため、受け付けられませんでした。この送信は保存されていません。少し待ってから、もう一度お試しください。",
        "Too many people are using the service at this moment, so this was not received. Please try again in a few seconds.");

    public async Task WriteAsync(HttpContext context, IProblemDetailsService problems)
    {
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        context.Response.Headers.CacheControl = "no-store";
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            var written = await problems.TryWriteAsync(new()
            {
                HttpContext = context,
                ProblemDetails = new ProblemDetails { Status = StatusCodes.Status503ServiceUnavailable, Title = Title, Detail = DetailJa },
            });
            if (written)
            {
                return;
            }
        }
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(Page(), context.RequestAborted);
    }

    private string Page() => $"""
        <!DOCTYPE html>
        <html lang="ja">
        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{WebUtility.HtmlEncode(HeadingJa)} — デモ市 電子申請窓口</title></head>
        <body>
        <main>
        <h1>{WebUtility.HtmlEncode(HeadingJa)}</h1>
        <p>{WebUtility.HtmlEncode(TextJa)}</p>
        <p lang="en">{WebUtility.HtmlEncode(TextEn)}</p>
        </main>
        </body>
        </html>
        """;
}
