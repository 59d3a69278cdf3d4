using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;

using Madoguchi.Core.Submissions;
using Madoguchi.Core.Submissions.Receipts;
using Madoguchi.Core.Submissions.Status;
using Madoguchi.Core.Submissions.Submit;

using Microsoft.AspNetCore.Http.Features;

namespace Madoguchi.Web.Api;

internal static class ApplicationsApi
{
    /// <summary>An application's answers are small; anything larger is refused before it is read.</summary>
    public const long MaxBodyBytes = 1024 * 1024;

    private static readonly JsonNodeOptions NodeOptions = new() { PropertyNameCaseInsensitive = false };
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 32 };

    public static void MapApplicationsApi(this RouteGroupBuilder api)
    {
        api.MapPost("/procedures/{id}/applications", SubmitAsync).WithName("SubmitApplication");
        api.MapGet("/applications/{receiptNumber}", StatusAsync).WithName("GetApplicationStatus");
    }

    private static async Task<IResult> SubmitAsync(
        string id, HttpRequest request, SubmitApplication submit, AccessCodes codes, CancellationToken ct)
    {
        var key = request.Headers["Idempotency-Key"].ToString();
        if (key.Length is 0 or > 100 || key.Any(c => c is < '!' or > '~'))
        {
            return ApiProblems.Problem(StatusCodes.Status400BadRequest, "Idempotency-Key header required.",
                "Idempotency-Key ヘッダー（1〜100文字の英数字・記号）が必要です。同じ申請の再送には同じ値を使ってください。");
        }
        var (answers, problem) = await ReadAnswersAsync(request, ct);
        if (problem is not null)
        {
            return problem;
        }
        var outcome = await submit.HandleAsync(new SubmitCommand(id, answers!, key, SubmissionChannel.Api), ct);
        return outcome switch
        {
            SubmitOutcome.Accepted a => Created(a, codes, request.HttpContext),
            SubmitOutcome.Invalid i => ApiProblems.Invalid(i.Errors),
            SubmitOutcome.UnknownProcedure => ApiProblems.Problem(StatusCodes.Status404NotFound, "Unknown procedure.",
                $"手続き「{ProceduresApi.Shorten(id)}」は見つかりません。"),
            SubmitOutcome.KeyReusedWithOtherData => ApiProblems.Problem(StatusCodes.Status422UnprocessableEntity,
                "Idempotency-Key reused with different data.",
                "この Idempotency-Key は別の内容の申請にすでに使われています。新しい申請には新しいキーを使ってください。"),
            SubmitOutcome.DuplicateBlocked d => ApiProblems.Problem(StatusCodes.Status409Conflict, "Duplicate application.",
                $"同じ方からの申請をすでに受け付けています（受付番号 {d.EarlierReceiptNumber}）。",
                new() { ["earlierReceiptNumber"] = d.EarlierReceiptNumber }),
            SubmitOutcome.Busy => Busy(request.HttpContext),
            // The API sends no DraftId, and only a draft can expire under a submission.
            SubmitOutcome.DraftExpired => throw new UnreachableException("An API submission has no draft to expire."),
            _ => throw new InvalidOperationException($"Unhandled outcome {outcome.GetType().Name}."),
        };
    }

    private static async Task<(JsonObject? Answers, IResult? Problem)> ReadAnswersAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return (null, TooLarge());
        }
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxBodyBytes;
        }
        if (!request.HasJsonContentType())
        {
            return (null, ApiProblems.Problem(StatusCodes.Status415UnsupportedMediaType, "JSON required.",
                "Content-Type: application/json で送ってください。"));
        }
        try
        {
            var body = await JsonNode.ParseAsync(request.Body, NodeOptions, DocumentOptions, ct);
            // Detached from the body rather than copied: the answers are used alone from here on.
            return body is JsonObject { } root && root["data"] is JsonObject data && root.Remove("data")
                ? (data, null)
                : (null, BadBody("本文は {\"data\": { ... }} の形のJSONにしてください。"));
        }
        catch (JsonException e)
        {
            return (null, BadBody($"JSONとして読めません（{e.LineNumber + 1}行目付近）。"));
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, TooLarge());
        }
    }

    /// <summary>The writer's queue is full: refused at once, nothing stored, the same key may be sent again.</summary>
    private static IResult Busy(HttpContext context)
    {
        context.Response.Headers.RetryAfter = SubmissionRetryAfterSeconds;
        return ApiProblems.Problem(StatusCodes.Status503ServiceUnavailable, "Too many applications at this moment.",
            $"ただいま申請が集中しています。内容は保存されていません。{SubmissionRetryAfterSeconds}秒ほどおいて、同じ Idempotency-Key で送り直してください。");
    }

    private const string SubmissionRetryAfterSeconds = "1";

    private static IResult BadBody(string detail) =>
        ApiProblems.Problem(StatusCodes.Status400BadRequest, "Malformed request body.", detail);

    private static IResult TooLarge() => ApiProblems.Problem(StatusCodes.Status413PayloadTooLarge, "Request body too large.",
        $"申請の本文は{MaxBodyBytes / 1024}KBまでです。ファイルは画面から添付してください。");

    private static Microsoft.AspNetCore.Http.HttpResults.Created<SubmittedApplication> Created(SubmitOutcome.Accepted accepted, AccessCodes codes, HttpContext context)
    {
        var application = accepted.Application;
        var token = codes.TokenFor(application.ReceiptNumber);
        if (accepted.Replayed)
        {
            context.Response.Headers["Idempotent-Replayed"] = "true";
        }
        var body = new SubmittedApplication(
            application.ReceiptNumber, token, codes.CodeFor(application.ReceiptNumber),
            application.Status.ToString(), application.FeeYen, application.SubmittedAt,
            $"/status/{application.ReceiptNumber}?t={token}", application.PossibleDuplicateOf is not null);
        return TypedResults.Created($"/api/v1/applications/{application.ReceiptNumber}", body);
    }

    private static async Task<IResult> StatusAsync(string receiptNumber, HttpRequest request, FindApplication find, CancellationToken ct)
    {
        var auth = request.Headers.Authorization.ToString();
        var token = auth.StartsWith("Bearer ", StringComparison.Ordinal) ? auth["Bearer ".Length..].Trim() : null;
        var application = await find.WithTokenAsync(receiptNumber, token, ct);
        if (application is null)
        {
            // The same answer for an unknown number and a wrong token: a number alone reveals nothing.
            return ApiProblems.Problem(StatusCodes.Status404NotFound, "Application not found.",
                "受付番号とアクセストークン（Authorization: Bearer）の組み合わせに一致する申請はありません。");
        }
        return TypedResults.Ok(new ApplicationStatusView(
            application.ReceiptNumber, application.Procedure.Code, application.Procedure.TitleJa,
            application.Status.ToString(), application.SubmittedAt, application.DueOn, application.WithdrawnAt, application.FeeYen));
    }
}

internal sealed record SubmittedApplication(
    string ReceiptNumber, string AccessToken, string AccessCode, string Status, long? FeeYen,
    DateTimeOffset SubmittedAt, string StatusUrl, bool FlaggedAsPossibleDuplicate);

internal sealed record ApplicationStatusView(
    string ReceiptNumber, string Procedure, string ProcedureTitle, string Status,
    DateTimeOffset SubmittedAt, DateOnly? DueOn, DateTimeOffset? WithdrawnAt, long? FeeYen);
