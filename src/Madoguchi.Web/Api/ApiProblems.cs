using Madoguchi.Forms.Validation;

namespace Madoguchi.Web.Api;

/// <summary>RFC 9457 problem details, with every field error listed by path and code.</summary>
internal static class ApiProblems
{
    public static IResult Problem(int status, string title, string detail, Dictionary<string, object?>? extensions = null) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: title, extensions: extensions);

    public static IResult Invalid(IReadOnlyList<FieldError> errors) => Problem(
        StatusCodes.Status422UnprocessableEntity,
        "The application has errors.",
        "入力内容に誤りがあります。errors に項目ごとの内容があります。",
        new() { ["errors"] = errors.Select(e => new ApiFieldError(e.Path, e.Code, e.Message.Ja, e.Message.Get("en"))).ToList() });
}

internal sealed record ApiFieldError(string Path, string Code, string Message, string MessageEn);
