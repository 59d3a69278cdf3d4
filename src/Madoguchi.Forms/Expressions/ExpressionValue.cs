using System.Globalization;
using System.Text.Json.Nodes;

namespace Madoguchi.Forms.Expressions;

public enum ValueKind { Null, Boolean, Number, Text, List, Record }

/// <summary>
/// The result of evaluating an expression. A struct so that numbers and booleans never allocate;
/// lists wrap either a JsonArray from the answers or an array from a literal, without copying.
/// </summary>
public readonly struct ExpressionValue : IEquatable<ExpressionValue>
{
    private readonly object? _ref;
    private readonly decimal _number;

    private ExpressionValue(ValueKind kind, object? reference, decimal number)
    {
        Kind = kind;
        _ref = reference;
        _number = number;
    }

    public static readonly ExpressionValue Null;
    public static readonly ExpressionValue True = new(ValueKind.Boolean, null, 1m);
    public static readonly ExpressionValue False = new(ValueKind.Boolean, null, 0m);

    public ValueKind Kind { get; }
    public bool IsNull => Kind == ValueKind.Null;
    public bool IsTrue => Kind == ValueKind.Boolean && _number != 0m;
    public decimal Number => _number;
    public string Text => Kind == ValueKind.Text ? (string)_ref! : "";
    public JsonObject? Record => _ref as JsonObject;

    /// <summary>The value as a plain CLR object (decimal, bool, string, list or JsonObject).</summary>
    public object? Raw => Kind switch
    {
        ValueKind.Boolean => IsTrue,
        ValueKind.Number => _number,
        ValueKind.Null => null,
        _ => _ref,
    };

    public static ExpressionValue FromBoolean(bool value) => value ? True : False;
    public static ExpressionValue FromNumber(decimal value) => new(ValueKind.Number, null, value);
    public static ExpressionValue FromString(string value) => new(ValueKind.Text, value, 0m);
    public static ExpressionValue FromList(ExpressionValue[] items) => new(ValueKind.List, items, 0m);
    internal static ExpressionValue FromArray(JsonArray items) => new(ValueKind.List, items, 0m);
    internal static ExpressionValue FromObject(JsonObject value) => new(ValueKind.Record, value, 0m);

    public int Count => _ref switch
    {
        ExpressionValue[] a => a.Length,
        JsonArray j => j.Count,
        _ => 0,
    };

    public ExpressionValue ItemAt(int index) => _ref switch
    {
        ExpressionValue[] a => a[index],
        JsonArray j => ValueConversion.FromNode(j[index]),
        _ => Null,
    };

    public JsonNode? ToNode() => ValueConversion.ToNode(this);

    public bool Equals(ExpressionValue other) => ValueComparison.AreEqual(this, other);
    public override bool Equals(object? obj) => obj is ExpressionValue v && Equals(v);
    public override int GetHashCode() => HashCode.Combine(Kind, _number, _ref);
    public static bool operator ==(ExpressionValue left, ExpressionValue right) => left.Equals(right);
    public static bool operator !=(ExpressionValue left, ExpressionValue right) => !left.Equals(right);

    public override string ToString() => Kind switch
    {
        ValueKind.Null => "null",
        ValueKind.Boolean => IsTrue ? "true" : "false",
        ValueKind.Number => _number.ToString("0.############################", CultureInfo.InvariantCulture),
        ValueKind.Text => Text,
        _ => ToNode()?.ToJsonString() ?? "null",
    };
}
