using System.Text;

using Madoguchi.Core.Cases.Exports.Csv;

namespace Madoguchi.Core.Tests.Cases.Exports;

public sealed class CsvTextTests
{
    private static string Record(params string[] fields)
    {
        var csv = new StringBuilder();
        CsvText.AppendRecord(csv, fields);
        return csv.ToString();
    }

    [Fact]
    public void Plain_fields_are_written_as_they_are_and_records_end_with_crlf() =>
        Assert.Equal("K7Q-4MX-93P,犬の登録,山田 太郎\r\n", Record("K7Q-4MX-93P", "犬の登録", "山田 太郎"));

    [Fact]
    public void Commas_quotes_and_line_breaks_are_quoted_with_quotes_doubled() =>
        Assert.Equal("\"a,b\",\"say \"\"hi\"\"\",\"two\r\nlines\",\"lf\nonly\"\r\n", Record("a,b", "say \"hi\"", "two\r\nlines", "lf\nonly"));

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\",\"x\")", "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\"")]
    [InlineData("+1+2", "\"'+1+2\"")]
    [InlineData("-2+3", "\"'-2+3\"")]
    [InlineData("@SUM(A1)", "\"'@SUM(A1)\"")]
    [InlineData("\tcmd", "\"'\tcmd\"")]
    [InlineData("\rcmd", "\"'\rcmd\"")]
    public void A_field_a_spreadsheet_would_run_as_a_formula_is_neutralised(string field, string written) =>
        Assert.Equal(written + "\r\n", Record(field));

    [Theory]
    [InlineData("＝1+1")]
    [InlineData("a=1")]
    [InlineData("山田-太郎")]
    [InlineData("")]
    public void Text_that_only_contains_formula_characters_later_is_left_alone(string field) =>
        Assert.Equal(field + "\r\n", Record(field));

    [Fact]
    public void An_empty_record_is_one_empty_field() => Assert.Equal("\r\n", Record(""));
}
