using System.Text.Json.Nodes;

using BenchmarkDotNet.Attributes;

using Madoguchi.Forms.Definitions;
using Madoguchi.Forms.Validation;

namespace Madoguchi.Bench.Engine;

/// <summary>
/// The three steps of the form engine on one form. The baseline is parsing the answers' JSON with
/// System.Text.Json, work every submission does anyway, so the ratios stay comparable across
/// machines and across noisy runs on a shared one.
/// </summary>
public abstract class FormBenchmarks
{
    private string _definitionJson = "";
    private string _answersJson = "";
    private FormDefinition _definition = null!;
    private CompiledForm _compiled = null!;
    private JsonObject _answers = null!;
    private ValidationOptions _options = null!;

    protected abstract string DefinitionJson();

    protected abstract string AnswersJson();

    protected abstract DateOnly Today { get; }

    [GlobalSetup]
    public void Setup()
    {
        _definitionJson = DefinitionJson();
        _answersJson = AnswersJson();
        var parsed = FormDefinitionParser.Parse(_definitionJson);
        _definition = parsed.Definition
            ?? throw new InvalidOperationException("Definition does not parse: " + string.Join("; ", parsed.Problems.Select(p => $"{p.Path} {p.Message}")));
        _compiled = new CompiledForm(_definition);
        _answers = JsonNode.Parse(_answersJson)!.AsObject();
        _options = new ValidationOptions(Today);
        // Measuring a rejection would measure the wrong path: the answers must be valid and priced.
        var result = _compiled.Validate(_answers, _options);
        if (!result.IsValid || result.FeeYen is null)
        {
            throw new InvalidOperationException("Answers are not valid: " + string.Join("; ", result.Errors.Select(e => $"{e.Path} {e.Code}")));
        }
    }

    [Benchmark(Baseline = true)]
    public JsonNode? ParseAnswersJson() => JsonNode.Parse(_answersJson);

    [Benchmark]
    public DefinitionParseResult ParseDefinition() => FormDefinitionParser.Parse(_definitionJson);

    [Benchmark]
    public CompiledForm Compile() => new(_definition);

    [Benchmark]
    public FormValidationResult Validate() => _compiled.Validate(_answers, _options);
}

/// <summary>Goal of issue 6: validating a ~10-field form with conditions and a fee in under 30 µs.</summary>
public class SmallFormBenchmarks : FormBenchmarks
{
    protected override string DefinitionJson() => DemoForm.DefinitionJson();

    protected override string AnswersJson() => DemoForm.AnswersJson;

    protected override DateOnly Today => DemoForm.Today;
}

/// <summary>Goal of issue 6: validating a 200-field form with 100 conditions in under 1 ms.</summary>
public class LargeFormBenchmarks : FormBenchmarks
{
    protected override string DefinitionJson() => LargeForm.DefinitionJson();

    protected override string AnswersJson() => LargeForm.AnswersJson();

    protected override DateOnly Today => LargeForm.Today;
}
