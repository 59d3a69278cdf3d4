using System.Globalization;
using System.IO.Compression;

using Madoguchi.Japanese.Kana;

namespace Madoguchi.Japanese.Postal;

/// <summary>
/// Postal code → address candidates from the embedded index (tools/postal-index, Japan Post KEN_ALL + JIGYOSYO).
/// Nothing is downloaded at run time. The index is read once on first use (thread-safe via Lazy) into sorted arrays.
/// </summary>
public static class PostalCodeIndex
{
    private const string ResourceName = "Madoguchi.Japanese.Postal.postal-index.tsv.gz";

    private static readonly Lazy<PostalData> Data = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Where the data came from and its date, as recorded by the converter (e.g. "jquery-jpostal-ja@2.14.73 …; ver2.13 2025-09-25 2025-09-30").</summary>
    public static string DataVersion => Data.Value.Version;

    public static int Count => Data.Value.Codes.Length;

    /// <summary>All candidates for a code (empty when the code is malformed or unknown). Accepts the forms <see cref="PostalCodes.Normalize"/> accepts.</summary>
    public static IReadOnlyList<PostalAddress> Lookup(string? postalCode)
    {
        Validated<string> code = PostalCodes.Normalize(postalCode);
        if (!code.IsValid)
        {
            return [];
        }

        PostalData data = Data.Value;
        int key = int.Parse(code.Value!, CultureInfo.InvariantCulture);
        int at = Array.BinarySearch(data.Codes, key);
        if (at < 0)
        {
            return [];
        }

        while (at > 0 && data.Codes[at - 1] == key)
        {
            at--;
        }

        var result = new List<PostalAddress>();
        for (int i = at; i < data.Codes.Length && data.Codes[i] == key; i++)
        {
            string[] f = data.Rows[i];
            bool business = f[1] == "B";
            result.Add(new PostalAddress(
                code.Value!,
                f[2],
                f[3],
                f[4],
                Width.HalfWidthKatakanaToFullWidth(f[5]),
                Width.HalfWidthKatakanaToFullWidth(f[6]),
                business,
                business ? f[7] : null,
                business ? f[8] : null));
        }

        return result;
    }

    private static PostalData Load()
    {
        using Stream resource = typeof(PostalCodeIndex).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        using var gzip = new GZipStream(resource, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        var pool = new Dictionary<string, string>(StringComparer.Ordinal);
        var codes = new List<int>(150_000);
        var rows = new List<string[]>(150_000);
        var meta = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith('#'))
            {
                meta.Add(line);
                continue;
            }

            string[] fields = line.Split('\t');
            for (int i = 0; i < fields.Length; i++)
            {
                fields[i] = Intern(pool, fields[i]);
            }

            codes.Add(int.Parse(fields[0], CultureInfo.InvariantCulture));
            rows.Add(fields);
        }

        string Field(string name) => meta.FirstOrDefault(m => m.StartsWith("#" + name + "\t", StringComparison.Ordinal))?[(name.Length + 2)..] ?? "unknown";
        return new PostalData([.. codes], [.. rows], $"{Field("source")}; data {Field("data")}; published {Field("published")}");
    }

    private static string Intern(Dictionary<string, string> pool, string value)
    {
        if (!pool.TryGetValue(value, out string? existing))
        {
            pool[value] = value;
            existing = value;
        }

        return existing;
    }

    private sealed record PostalData(int[] Codes, string[][] Rows, string Version);
}
