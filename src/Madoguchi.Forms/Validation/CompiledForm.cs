using System.Text.Json.Nodes;

using Madoguchi.Forms.Definitions;

namespace Madoguchi.Forms.Validation;

/// <summary>
/// CONTRACT: a definition prepared once (expressions compiled, field types resolved) and then used
/// for every request. Thread-safe and immutable.
/// </summary>
public sealed class CompiledForm
{
    public CompiledForm(FormDefinition definition) => Definition = definition;

    public FormDefinition Definition { get; }

    /// <summary>
    /// Normalises raw answers (strings from an HTML form or typed JSON from the API), drops answers to
    /// hidden fields, evaluates computed values and the fee, and lists every error.
    /// </summary>
    public FormValidationResult Validate(JsonObject answers, ValidationOptions options) =>
        throw new NotImplementedException("forms helper");

    /// <summary>Pages whose visibleWhen holds for these answers, in order.</summary>
    public IReadOnlyList<FormPage> VisiblePages(JsonObject answers, DateOnly today) =>
        throw new NotImplementedException("forms helper");
}