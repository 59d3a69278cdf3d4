using System.Text.RegularExpressions;

using Madoguchi.Forms.Definitions;
using Madoguchi.Forms.Linting;

namespace Madoguchi.Forms.Tests.Definitions;

/// <summary>The example in docs/form-schema.md stays a valid, warning-free definition.</summary>
public partial class DocumentationExampleTests
{
    [GeneratedRegex("```json\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex JsonBlock();

    [Fact]
    public void Example_in_the_format_documentation_parses_without_warnings()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "docs", "form-schema.md")))
        {
            dir = dir.Parent;
        }
        Assert.NotNull(dir);
        var markdown = File.ReadAllText(Path.Combine(dir.FullName, "docs", "form-schema.md"));
        var result = FormDefinitionParser.Parse(JsonBlock().Match(markdown).Groups[1].Value);
        Assert.True(result.Success, string.Join("\n", result.Problems));
        Assert.Empty(FormLinter.Lint(result.Definition!));
    }
}
