using Madoguchi.Forms.Definitions;
using Madoguchi.Forms.Validation;
using Madoguchi.Japanese;

namespace Madoguchi.Core.Cases;

/// <summary>
/// What became of something a person did on a case (a correction request, a message, a note):
/// done; input to fix, each error at the name of its input; refused with a reason or for doing it too often; the case not
/// found (or another department's, which looks the same); or not the person's role.
/// </summary>
public abstract record CaseOutcome
{
    public sealed record Done : CaseOutcome;

    public sealed record Invalid(IReadOnlyList<FieldError> Errors) : CaseOutcome;

    public sealed record Refused(Message Problem) : CaseOutcome;

    /// <summary>Refused because the person did this too often in a short time (HTTP 429).</summary>
    public sealed record Limited(Message Problem) : CaseOutcome;

    public sealed record NotFound : CaseOutcome;

    public sealed record NotAllowed(Message Problem) : CaseOutcome;

    public static CaseOutcome InvalidAt(string input, string code, Message message) =>
        new Invalid([Error(input, code, message)]);

    public static FieldError Error(string input, string code, Message message) =>
        new(input, code, new LocalizedText(message.Ja, message.En));
}
