namespace Madoguchi.Core.Cases.Exports.Csv;

/// <summary>The inbox CSV's settings ("Exports" section of the configuration).</summary>
public sealed class CsvExportOptions
{
    public const string Section = "Exports";

    /// <summary>One file holds at most this many applications; more is a sign the filter is missing.</summary>
    public int MaxCsvRows { get; set; } = 50_000;
}
