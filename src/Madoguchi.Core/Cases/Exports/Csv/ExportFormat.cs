namespace Madoguchi.Core.Cases.Exports.Csv;

/// <summary>What file the clerk asked for.</summary>
public enum ExportFormat
{
    /// <summary>UTF-8 with a byte order mark, which Excel needs to read it as UTF-8.</summary>
    Utf8,

    /// <summary>Shift_JIS (CP932) for legacy systems; refused with a report while a character does not fit.</summary>
    ShiftJis,

    /// <summary>The list of characters Shift_JIS cannot hold (UTF-8), to keep with a 〓-replaced file.</summary>
    ShiftJisReport,
}
