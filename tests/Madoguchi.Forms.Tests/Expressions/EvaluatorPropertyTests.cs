using System.Text.Json;
using System.Text.Json.Nodes;

using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

using Madoguchi.Forms.Expressions;

namespace Madoguchi.Forms.Tests.Expressions;

public class EvaluatorPropertyTests
{
    private static readonly DateOnly Today = new(2025, 11, 27);

    private static ExpressionValue Eval(string expression, JsonObject data)
    {
        var parsed = Expression.Parse(expression);
        Assert.NotNull(parsed.Expression);
        return parsed.Expression.Evaluate(new EvaluationScope(data, Today));
    }

    [Property(MaxTest = 500)]
    public Property Compiling_and_evaluating_random_expressions_never_throws() =>
        Prop.ForAll(RandomJson.Generator.ToArbitrary(), RandomJson.Generator.ToArbitrary(), (expression, value) =>
        {
            var parsed = Expression.Parse((expression ?? JsonValue.Create(0)).ToJsonString());
            var data = new JsonObject { ["x"] = value?.DeepClone(), ["a"] = new JsonArray(value?.DeepClone(), new JsonObject { ["x"] = 1 }) };
            parsed.Expression?.Evaluate(new EvaluationScope(data, Today)).ToNode();
            return parsed.Expression is not null || parsed.Problems.Count > 0;
        });

    [Property(MaxTest = 300)]
    public Property Every_binary_operator_tolerates_any_operand_types() =>
        Prop.ForAll(RandomJson.Generator.ToArbitrary(), RandomJson.Generator.ToArbitrary(), (a, b) =>
        {
            var data = new JsonObject { ["a"] = a?.DeepClone(), ["b"] = b?.DeepClone() };
            foreach (var op in new[] { "equals", "lessThan", "add", "subtract", "multiply", "divide", "min", "round", "in", "contains", "yearsBetween", "daysBetween", "addDays", "concat", "coalesce", "sum", "any", "all" })
            {
                Eval($"[\"{op}\", [\"field\", \"a\"], [\"field\", \"b\"]]", data).ToNode();
            }
            return true;
        });

    [Property]
    public bool Decimal_addition_is_associative(decimal a, decimal b, decimal c)
    {
        var data = new JsonObject { ["a"] = a, ["b"] = b, ["c"] = c };
        var left = Eval("""["add", ["add", ["field", "a"], ["field", "b"]], ["field", "c"]]""", data);
        var right = Eval("""["add", ["field", "a"], ["add", ["field", "b"], ["field", "c"]]]""", data);
        var exact = decimal.Round(a, 10) == a && decimal.Round(b, 10) == b && decimal.Round(c, 10) == c
            && Math.Abs(a) < 1e15m && Math.Abs(b) < 1e15m && Math.Abs(c) < 1e15m;
        return !exact || left.Equals(right);
    }

    [Property]
    public bool Multiplying_yen_by_whole_counts_is_exact(int copies, short price)
    {
        var result = Eval("""["multiply", ["field", "n"], ["field", "p"]]""", new JsonObject { ["n"] = copies, ["p"] = price });
        return result.Kind == ValueKind.Number && result.Number == (decimal)copies * price;
    }

    [Fact]
    public void Numbers_of_any_clr_type_in_the_answers_are_read() =>
        Assert.Equal(900m, Eval("""["multiply", ["field", "n"], ["field", "p"]]""", new JsonObject { ["n"] = 3, ["p"] = (short)300 }).Number);

    [Fact]
    public void Source_is_the_json_as_written_for_the_browser()
    {
        const string json = """["equals",["field","purpose"],"other"]""";
        var parsed = Expression.Parse(json);
        Assert.Equal(json, parsed.Expression!.Source!.ToJsonString());
        Assert.Equal(["purpose"], parsed.Expression.ReferencedFields);
    }

    [Fact]
    public void Evaluation_never_reads_source_code_even_when_strings_look_like_it() =>
        Assert.Equal("System.Environment.Exit(1)", Eval("\"System.Environment.Exit(1)\"", []).ToString());

    [Fact]
    public void Invalid_json_is_a_parse_problem() =>
        Assert.Equal("invalid_json", Assert.Single(Expression.Parse("[\"add\", 1").Problems).Code);

    [Fact]
    public void Huge_literal_is_invalid_number()
    {
        using var document = JsonDocument.Parse("1e400");
        Assert.Equal("invalid_number", Assert.Single(Expression.Parse(document.RootElement).Problems).Code);
    }
}
