using System.Text;

namespace Madoguchi.Core.Cases.Exports.Csv;

/// <summary>
/// RFC 4180 text: fields separated by commas, records ended by CRLF, a field quoted when it holds a
/// comma, a quote or a line break, quotes doubled inside. A field that a spreadsheet would run as a
/// formula (= + - @, or a tab or line break first) starts with an apostrophe instead (OWASP: CSV
/// injection), so opening an export in Excel never executes what a resident typed.
/// </summary>
public static class CsvText
{
    public static void AppendRecord(StringBuilder csv, IReadOnlyList<string> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                csv.Append(',');
            }
            AppendField(csv, fields[i]);
        }
        csv.Append("\r\n");
    }

    public static void AppendField(StringBuilder csv, string field)
    {
        var value = IsFormulaLike(field) ? "'" + field : field;
        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0 && !IsFormulaLike(field))
        {
            csv.Append(value);
            return;
        }
        csv.Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }

    /// <summary>Whether a spreadsheet would read the field as a formula (or a DDE call).</summary>
    public static bool IsFormulaLike(string field) =>
        field.Length > 0 && field[0] is '=' or '+' or '-' or '@' or '\t' or '\r' or '\n';
}
