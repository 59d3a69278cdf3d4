using Madoguchi.Forms.Expressions;

namespace Madoguchi.Forms.Definitions;

/// <summary>A parsed, checked form definition (format version 1). Immutable once built.</summary>
public sealed class FormDefinition
{
    public required int SchemaVersion { get; init; }
    public required LocalizedText Title { get; init; }
    public required IReadOnlyList<FormPage> Pages { get; init; }

    /// <summary>Total fee in yen; null when the procedure is free.</summary>
    public Expression? Fee { get; init; }

    /// <summary>Fields whose answers identify "the same person" for duplicate detection (data paths).</summary>
    public IReadOnlyList<string> DuplicateKeys { get; init; } = [];
}

public sealed class FormPage
{
    public required string Key { get; init; }
    public required LocalizedText Title { get; init; }
    public Expression? VisibleWhen { get; init; }
    public required IReadOnlyList<FormComponent> Components { get; init; }
}

public sealed class FormComponent
{
    public required string Key { get; init; }

    /// <summary>The field type name, e.g. "text", "personName", "repeatingGroup" (see FieldTypes).</summary>
    public required string Type { get; init; }

    public LocalizedText? Label { get; init; }
    public LocalizedText? Hint { get; init; }

    /// <summary>Body of a staticText component.</summary>
    public LocalizedText? Text { get; init; }

    public bool Required { get; init; }
    public Expression? RequiredWhen { get; init; }
    public Expression? VisibleWhen { get; init; }

    /// <summary>The expression of a computed component.</summary>
    public Expression? Value { get; init; }

    public IReadOnlyList<FormChoice> Choices { get; init; } = [];

    /// <summary>Children of a repeatingGroup (their keys are relative to each item).</summary>
    public IReadOnlyList<FormComponent> Components { get; init; } = [];

    public int? MinItems { get; init; }
    public int? MaxItems { get; init; }

    /// <summary>Type-specific settings (maxLength, min, max, accept, maxBytes, maxFiles, format, …).</summary>
    public FieldSettings Settings { get; init; } = FieldSettings.Empty;

    public IReadOnlyList<ValidationRule> Validations { get; init; } = [];
}

public sealed record FormChoice(string Value, LocalizedText Label);

/// <summary>A rule that must evaluate to true; otherwise Message is shown at the field.</summary>
public sealed record ValidationRule(Expression Rule, LocalizedText Message, string Code = "rule");
