using Madoguchi.Forms.Definitions;
using Madoguchi.Forms.Expressions;
using Madoguchi.Forms.Fields;

namespace Madoguchi.Forms.Linting;

/// <summary>
/// Warnings about definitions that parse but are probably wrong. Codes: never_true,
/// unreachable_page, required_always_hidden, unused_computed, page_without_input,
/// condition_reads_later_page. Paths use the parser's JSON paths.
/// </summary>
public static class FormLinter
{
    public static IReadOnlyList<DefinitionProblem> Lint(FormDefinition definition) => Lint(definition, FieldTypes.Default);

    public static IReadOnlyList<DefinitionProblem> Lint(FormDefinition definition, FieldTypes types)
    {
        var run = new LintRun(definition, types);
        run.Pages();
        run.UnusedComputed();
        return run.Warnings;
    }
}
