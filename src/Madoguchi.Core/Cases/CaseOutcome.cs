using Madoguchi.Core.Cases.Lifecycle;
using Madoguchi.Forms.Definitions;
using Madoguchi.Forms.Validation;
using Madoguchi.Japanese;

namespace Madoguchi.Core.Cases;

/// <summary>
/// What became of something a person did on a case (a correction request, a message, a note):
/// done; input to fix, each error at the name of its input; refused with a reason or for doing it too often; the case not
/// found (or another department's, which looks the same); or not the person's role.
/// </summary>
/// <remarks>
/// The lifecycle's actions answer with <see cref="CaseActionResult"/> (one field at a time); these
/// steps can report several inputs at once and a rate limit, and take the lifecycle's checks through
/// <see cref="From"/>. Staff pages answer Invalid with 400, NotAllowed with 403 and Refused with 409, as
/// the case page does.
/// </remarks>
public abstract record CaseOutcome
{
    public sealed record Done : CaseOutcome;

    public sealed record Invalid(IReadOnlyList<FieldError> Errors) : CaseOutcome;

    public sealed record Refused(Message Problem) : CaseOutcome;

    /// <summary>Refused because the person did this too often in a short time (HTTP 429).</summary>
    public sealed record Limited(Message Problem) : CaseOutcome;

    public sealed record NotFound : CaseOutcome;

    public sealed record NotAllowed(Message Problem) : CaseOutcome;

    public static CaseOutcome From(CaseActionResult result) => result.Outcome switch
    {
        CaseActionOutcome.Done => new Done(),
        CaseActionOutcome.NotFound => new NotFound(),
        CaseActionOutcome.Invalid => InvalidAt(result.Field ?? "", "invalid", result.Problem!),
        CaseActionOutcome.Forbidden => new NotAllowed(result.Problem!),
        CaseActionOutcome.Conflict => new Refused(result.Problem!),
    };

    public static CaseOutcome InvalidAt(string input, string code, Message message) =>
        new Invalid([Error(input, code, message)]);

    public static FieldError Error(string input, string code, Message message) =>
        new(input, code, new LocalizedText(message.Ja, message.En));
}
