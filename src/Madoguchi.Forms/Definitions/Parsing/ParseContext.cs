using System.Text.Json;

using Madoguchi.Forms.Expressions;
using Madoguchi.Forms.Fields;

namespace Madoguchi.Forms.Definitions.Parsing;

/// <summary>Typed reads of definition JSON that record a problem (with its path) instead of throwing.</summary>
internal sealed class ParseContext(FieldTypes types)
{
    public List<DefinitionProblem> Problems { get; } = [];
    public FieldTypes Types => types;
    public Dictionary<FormComponent, string> Paths { get; } = new(ReferenceEqualityComparer.Instance);
    public int ComponentCount { get; set; }

    public void Error(string path, string code, string message) => Problems.Add(new DefinitionProblem(path, code, message));

    public bool IsObject(JsonElement e, string path)
    {
        if (e.ValueKind == JsonValueKind.Object)
        {
            return true;
        }
        Error(path, "wrong_type", $"Expected an object, found {Describe(e)}.");
        return false;
    }

    /// <summary>Unknown and repeated property names (JSON allows repeats; which one wins is unclear to a reader).</summary>
    public void OnlyProperties(JsonElement obj, string path, string[] allowed)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in obj.EnumerateObject())
        {
            if (!seen.Add(property.Name))
            {
                Error($"{path}.{property.Name}", "duplicate_property", $"\"{property.Name}\" appears twice.");
            }
            else if (Array.IndexOf(allowed, property.Name) < 0)
            {
                Error($"{path}.{property.Name}", "unknown_property", $"\"{property.Name}\" is not a property here; allowed: {string.Join(", ", allowed)}.");
            }
        }
    }

    public JsonElement? Property(JsonElement obj, string name, string path, bool required)
    {
        if (obj.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null)
        {
            return value;
        }
        if (required)
        {
            Error($"{path}.{name}", "missing", $"\"{name}\" is required.");
        }
        return null;
    }

    public string? String(JsonElement obj, string name, string path, bool required = false)
    {
        if (Property(obj, name, path, required) is not { } value)
        {
            return null;
        }
        if (value.ValueKind != JsonValueKind.String)
        {
            Error($"{path}.{name}", "wrong_type", $"Expected a string, found {Describe(value)}.");
            return null;
        }
        var text = value.GetString()!;
        if (text.Length > DefinitionLimits.MaxStringLength)
        {
            Error($"{path}.{name}", "limit_exceeded", $"Strings may be at most {DefinitionLimits.MaxStringLength} characters.");
            return null;
        }
        return text;
    }

    public bool? Bool(JsonElement obj, string name, string path)
    {
        if (Property(obj, name, path, false) is not { } value)
        {
            return null;
        }
        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetBoolean();
        }
        Error($"{path}.{name}", "wrong_type", $"Expected true or false, found {Describe(value)}.");
        return null;
    }

    public int? Int(JsonElement obj, string name, string path, int min, int max)
    {
        if (Property(obj, name, path, false) is not { } value)
        {
            return null;
        }
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var n) && n >= min && n <= max)
        {
            return n;
        }
        Error($"{path}.{name}", value.ValueKind == JsonValueKind.Number ? "invalid_settings" : "wrong_type", $"Expected a whole number from {min} to {max}.");
        return null;
    }

    public decimal? Decimal(JsonElement obj, string name, string path)
    {
        if (Property(obj, name, path, false) is not { } value)
        {
            return null;
        }
        if (value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var d))
        {
            return d;
        }
        Error($"{path}.{name}", "wrong_type", $"Expected a number, found {Describe(value)}.");
        return null;
    }

    public LocalizedText? Text(JsonElement obj, string name, string path, bool required = false)
    {
        if (Property(obj, name, path, required) is not { } value)
        {
            return null;
        }
        var at = $"{path}.{name}";
        if (value.ValueKind == JsonValueKind.String)
        {
            Error(at, "wrong_type", "Write text as { \"ja\": \"…\", \"en\": \"…\" }; Japanese is required.");
            return null;
        }
        if (!IsObject(value, at))
        {
            return null;
        }
        OnlyProperties(value, at, ["ja", "en"]);
        var ja = String(value, "ja", at, required: false);
        var en = String(value, "en", at);
        if (string.IsNullOrWhiteSpace(ja))
        {
            Error($"{at}.ja", "missing_ja", "Japanese text (\"ja\") is required.");
            return null;
        }
        return new LocalizedText(ja, en);
    }

    public Expression? Expression(JsonElement obj, string name, string path, KeyScope scope, bool required = false)
    {
        return Property(obj, name, path, required) is { } value
            ? ExpressionCompiler.Compile(value, $"{path}.{name}", scope, Problems)
            : null;
    }

    public static string Describe(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };
}
