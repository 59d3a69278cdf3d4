using System.Text.Json;

using Madoguchi.Forms.Fields;

namespace Madoguchi.Forms.Definitions.Parsing;

internal static class SettingsParser
{
    private static readonly string[] Allowed =
        ["minLength", "maxLength", "min", "max", "decimalPlaces", "unit", "accept", "maxBytes", "maxFiles", "format", "minDate", "maxDate"];

    private static readonly string[] Formats = ["yen", "number", "text"];

    public static FieldSettings Parse(JsonElement component, string path, ParseContext context)
    {
        if (!component.TryGetProperty("settings", out var s) || s.ValueKind == JsonValueKind.Null)
        {
            return FieldSettings.Empty;
        }
        var at = $"{path}.settings";
        if (!context.IsObject(s, at))
        {
            return FieldSettings.Empty;
        }
        context.OnlyProperties(s, at, Allowed);
        var settings = new FieldSettings
        {
            MinLength = context.Int(s, "minLength", at, 0, 100_000),
            MaxLength = context.Int(s, "maxLength", at, 1, 100_000),
            Min = context.Decimal(s, "min", at),
            Max = context.Decimal(s, "max", at),
            DecimalPlaces = context.Int(s, "decimalPlaces", at, 0, 10),
            Unit = context.String(s, "unit", at),
            Accept = Accept(s, at, context),
            MaxBytes = context.Int(s, "maxBytes", at, 1, int.MaxValue),
            MaxFiles = context.Int(s, "maxFiles", at, 1, 20),
            Format = context.String(s, "format", at),
            MinDate = context.String(s, "minDate", at),
            MaxDate = context.String(s, "maxDate", at),
        };
        Check(settings, at, context);
        return settings;
    }

    private static void Check(FieldSettings s, string at, ParseContext context)
    {
        if (s.MinLength > s.MaxLength)
        {
            context.Error($"{at}.minLength", "invalid_settings", "minLength is greater than maxLength.");
        }
        if (s.Min > s.Max)
        {
            context.Error($"{at}.min", "invalid_settings", "min is greater than max.");
        }
        if (s.Format is { } format && Array.IndexOf(Formats, format) < 0)
        {
            context.Error($"{at}.format", "invalid_settings", "format is one of yen, number, text.");
        }
        foreach (var (name, value) in new[] { ("minDate", s.MinDate), ("maxDate", s.MaxDate) })
        {
            if (value is not null && !DateLimit.IsValid(value))
            {
                context.Error($"{at}.{name}", "invalid_settings", $"{name} is an ISO date (2025-04-01), \"today\" or \"today+N\"/\"today-N\".");
            }
        }
        if (s.MinDate is not null && s.MaxDate is not null && DateLimit.TryIso(s.MinDate, out var min) && DateLimit.TryIso(s.MaxDate, out var max) && min > max)
        {
            context.Error($"{at}.minDate", "invalid_settings", "minDate is after maxDate.");
        }
    }

    private static IReadOnlyList<string> Accept(JsonElement s, string at, ParseContext context)
    {
        if (context.Property(s, "accept", at, false) is not { } accept)
        {
            return [];
        }
        if (accept.ValueKind != JsonValueKind.Array || accept.EnumerateArray().Any(a => a.ValueKind != JsonValueKind.String))
        {
            context.Error($"{at}.accept", "wrong_type", "accept is an array of content types such as \"image/jpeg\".");
            return [];
        }
        return [.. accept.EnumerateArray().Select(a => a.GetString()!)];
    }
}
