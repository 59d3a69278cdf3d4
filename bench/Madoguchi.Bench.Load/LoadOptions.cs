using System.Globalization;

namespace Madoguchi.Bench.Load;

/// <summary>Command line of the load driver; every default is the short run of bench/run.sh.</summary>
internal sealed record LoadOptions(
    string ServerDll,
    int[] Concurrencies,
    TimeSpan Warmup,
    TimeSpan Duration,
    int Repeats,
    string OutputFile,
    string[] Scenarios,
    TimeSpan ProcessWarmup)
{
    public const string Usage =
        "Usage: Madoguchi.Bench.Load --server <Madoguchi.Web.dll> [--concurrency 16,64,256] [--warmup 2] " +
        "[--duration 5] [--repeat 3] [--out artifacts/bench/load.md] [--scenarios echo,submit,page] [--process-warmup 15]";

    public static readonly string[] AllScenarios = ["echo", "submit", "page"];

    public static LoadOptions Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                throw new ArgumentException($"Expected an option, got \"{args[i]}\". {Usage}");
            }
            values[args[i][2..]] = args[i + 1];
        }
        if (args.Length % 2 != 0 || !values.TryGetValue("server", out var dll))
        {
            throw new ArgumentException(Usage);
        }
        string Get(string name, string fallback) => values.GetValueOrDefault(name, fallback);
        int Int(string text) => int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
        var options = new LoadOptions(
            Path.GetFullPath(dll),
            [.. Get("concurrency", "16,64,256").Split(',').Select(Int)],
            TimeSpan.FromSeconds(Int(Get("warmup", "2"))),
            TimeSpan.FromSeconds(Int(Get("duration", "5"))),
            Int(Get("repeat", "3")),
            Path.GetFullPath(Get("out", Path.Combine("artifacts", "bench", "load.md"))),
            Get("scenarios", string.Join(',', AllScenarios)).Split(','),
            TimeSpan.FromSeconds(Int(Get("process-warmup", "15"))));
        // Bounds: every loop of the driver ends in time and in count.
        if (options.Concurrencies.Any(c => c is < 1 or > 1024) || options.Repeats is < 1 or > 20
            || options.Scenarios.Length == 0 || options.Scenarios.Any(s => !AllScenarios.Contains(s))
            || options.Duration > TimeSpan.FromMinutes(5) || options.Warmup > TimeSpan.FromMinutes(1) || options.Duration <= TimeSpan.Zero
            || options.ProcessWarmup is { TotalSeconds: < 1 or > 120 })
        {
            throw new ArgumentException("Concurrency 1–1024, repeat 1–20, duration 1–300 s, warm-up at most 60 s, process warm-up 1–120 s, scenarios among echo, submit, page.");
        }
        return options;
    }
}
