using BenchmarkDotNet.Running;

using Madoguchi.Bench.Engine;

// Usage: dotnet run -c Release -- [--full] [BenchmarkDotNet options, e.g. --filter *Large*]
var full = args.Contains("--full");
var rest = args.Where(a => a != "--full").ToArray();
if (!rest.Any(a => a.StartsWith("--filter", StringComparison.Ordinal)))
{
    rest = [.. rest, "--filter", "*"];
}
BenchmarkSwitcher.FromAssembly(typeof(ShortConfig).Assembly).Run(rest, new ShortConfig(full));
