using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

using Madoguchi.Forms.Tests.Fixtures;
using Madoguchi.Forms.Validation;

using Xunit.Abstractions;

namespace Madoguchi.Forms.Tests.Validation;

/// <summary>
/// A smoke check on the engine's cost, with wide margins so that it never flakes on a busy CI
/// machine; the real targets (10 fields in 30 µs, 200 in 1 ms) are measured in bench/.
/// </summary>
public class PerformanceTests(ITestOutputHelper output)
{
    private const string TenFields = """
        { "key": "copies", "type": "number", "label": { "ja": "通数" }, "required": true, "settings": { "min": 1, "max": 10 } },
        { "key": "purpose", "type": "singleChoice", "label": { "ja": "使いみち" }, "required": true,
          "choices": [ { "value": "job", "label": { "ja": "就職" } }, { "value": "other", "label": { "ja": "その他" } } ] },
        { "key": "purposeOther", "type": "text", "label": { "ja": "その他" }, "visibleWhen": ["equals", ["field", "purpose"], "other"], "required": true },
        { "key": "name", "type": "text", "label": { "ja": "氏名" }, "required": true },
        { "key": "email", "type": "email", "label": { "ja": "メール" } },
        { "key": "phone", "type": "phone", "label": { "ja": "電話" }, "required": true },
        { "key": "birth", "type": "date", "label": { "ja": "生年月日" }, "required": true },
        { "key": "household", "type": "yesNo", "label": { "ja": "世帯" }, "required": true },
        { "key": "agree", "type": "consent", "label": { "ja": "同意" }, "required": true },
        { "key": "fee", "type": "computed", "label": { "ja": "手数料" }, "value": ["multiply", ["field", "copies"], 300] }
        """;

    private const string TenAnswers = """
        { "copies": 3, "purpose": "other", "purposeOther": "年金", "name": "山田太郎", "email": "taro@example.jp",
          "phone": "03-1234-5678", "birth": "1985-04-01", "household": true, "agree": true }
        """;

    private double MicrosecondsPerValidation(CompiledForm form, JsonObject answers)
    {
        var options = new ValidationOptions(Fixture.Today);
        Assert.True(form.Validate(answers, options).IsValid, string.Join("\n", form.Validate(answers, options).Errors));
        for (var i = 0; i < 2_000; i++)
        {
            form.Validate(answers, options);
        }
        const int runs = 5_000;
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < runs; i++)
        {
            form.Validate(answers, options);
        }
        var micros = watch.Elapsed.TotalMicroseconds / runs;
        output.WriteLine($"{micros:F1} µs per validation");
        return micros;
    }

    [Fact]
    public void Ten_field_form_with_a_condition_and_a_fee_validates_quickly()
    {
        var form = Fixture.Compile(Fixture.OnePage(TenFields, "\"fee\": [\"multiply\", [\"field\", \"copies\"], 300],"));
        Assert.True(MicrosecondsPerValidation(form, JsonNode.Parse(TenAnswers)!.AsObject()) < 1_000);
    }

    [Fact]
    public void Two_hundred_field_form_validates_quickly()
    {
        var components = new StringBuilder();
        var answers = new JsonObject();
        for (var i = 0; i < 200; i++)
        {
            var visible = i > 0 ? FormattableString.Invariant($", \"visibleWhen\": [\"answered\", [\"field\", \"f{i - 1}\"]]") : "";
            components.Append(i > 0 ? "," : "").Append(CultureInfo.InvariantCulture, $$"""{ "key": "f{{i}}", "type": "{{(i % 2 == 0 ? "text" : "number")}}", "label": { "ja": "項目{{i}}" }, "required": true {{visible}} }""");
            answers[$"f{i}"] = i % 2 == 0 ? JsonValue.Create($"値{i}") : JsonValue.Create(i);
        }
        var form = Fixture.Compile(Fixture.OnePage(components.ToString()));
        Assert.True(MicrosecondsPerValidation(form, answers) < 50_000);
    }
}