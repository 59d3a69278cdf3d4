namespace Madoguchi.Forms.Definitions;

/// <summary>A problem in a definition, located by JSON path (e.g. "$.pages[0].components[2].key").</summary>
public sealed record DefinitionProblem(string Path, string Code, string Message, ProblemSeverity Severity = ProblemSeverity.Error);

public enum ProblemSeverity { Error, Warning }

public sealed record DefinitionParseResult(FormDefinition? Definition, IReadOnlyList<DefinitionProblem> Problems)
{
    public bool Success => Definition is not null;
}

/// <summary>CONTRACT: parses JSON text into a FormDefinition, listing every problem (not only the first).</summary>
public static class FormDefinitionParser
{
    public static DefinitionParseResult Parse(string json) => throw new NotImplementedException("forms helper");
}