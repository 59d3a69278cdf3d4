using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Madoguchi.Faults.Tests.Support;

/// <summary>
/// 道路の損傷の通報 (doro-tsuho), the demo procedure the load benchmark submits: no duplicate keys,
/// no files. Each report names its own key in free text, so every stored row can be matched with
/// exactly what was sent. The answers are already in the form the server stores (JSON booleans),
/// so "intact" means equal, not merely similar.
/// </summary>
public static class Reports
{
    public const string Procedure = "doro-tsuho";

    private static readonly string[] Kinds = ["pothole", "streetLight", "guardrail", "playground"];

    public static JsonObject For(string key) => new()
    {
        ["problemKind"] = Kinds[(key.GetHashCode(StringComparison.Ordinal) & 0x7fffffff) % Kinds.Length],
        ["details"] = $"通報 {key}：車道に直径30cmほどの穴があります。",
        ["locationDescription"] = $"デモ市役所前の交差点から北へ50m、歩道側（{key}）",
        ["wantsContact"] = false,
        ["consentShare"] = true,
    };

    /// <summary>SHA-256 of the answers with object keys in ordinal order, so key order and whitespace do not count.</summary>
    public static string CanonicalHash(JsonNode? answers)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, answers);
        }
        return Convert.ToHexStringLower(SHA256.HashData(buffer.ToArray()));
    }

    public static string CanonicalHash(string json) => CanonicalHash(JsonNode.Parse(json));

    private static void Write(Utf8JsonWriter writer, JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                writer.WriteStartObject();
                foreach (var (name, value) in o.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    writer.WritePropertyName(name);
                    Write(writer, value);
                }
                writer.WriteEndObject();
                break;
            case JsonArray a:
                writer.WriteStartArray();
                foreach (var item in a)
                {
                    Write(writer, item);
                }
                writer.WriteEndArray();
                break;
            case null:
                writer.WriteNullValue();
                break;
            default:
                node.WriteTo(writer);
                break;
        }
    }

    public static byte[] Body(JsonObject answers) =>
        Encoding.UTF8.GetBytes(new JsonObject { ["data"] = answers.DeepClone() }.ToJsonString());
}
