namespace Madoguchi.Forms.Definitions;

/// <summary>Optional per-type settings; each field type reads only the ones it understands.</summary>
public sealed record FieldSettings
{
    public static readonly FieldSettings Empty = new();

    public int? MinLength { get; init; }
    public int? MaxLength { get; init; }
    public decimal? Min { get; init; }
    public decimal? Max { get; init; }
    public int? DecimalPlaces { get; init; }
    public string? Unit { get; init; }

    /// <summary>file: accepted content kinds, e.g. "image/jpeg", "image/png", "application/pdf".</summary>
    public IReadOnlyList<string> Accept { get; init; } = [];
    public long? MaxBytes { get; init; }
    public int? MaxFiles { get; init; }

    /// <summary>computed: how the value is shown ("yen", "number", "text").</summary>
    public string? Format { get; init; }

    /// <summary>date: earliest/latest as ISO dates or "today"/"today+N".</summary>
    public string? MinDate { get; init; }
    public string? MaxDate { get; init; }
}
