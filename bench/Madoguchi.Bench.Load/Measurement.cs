namespace Madoguchi.Bench.Load;

/// <summary>The R runs of one scenario at one concurrency, summarised by their medians.</summary>
internal sealed record Measurement(int Concurrency, Scenario Scenario, IReadOnlyList<RunResult> Runs)
{
    public double RequestsPerSecond => Median(Runs.Select(r => r.RequestsPerSecond));
    public double P50Ms => Median(Runs.Select(r => r.P50Ms));
    public double P99Ms => Median(Runs.Select(r => r.P99Ms));
    public long Errors => Runs.Sum(r => r.Errors);
    public double CpuMsPerRequest => Median(Runs.Select(r => r.ServerCpuMsPerRequest));

    /// <summary>A peak is a maximum, so the highest of the runs, not their median.</summary>
    public double PeakRssMb => Runs.Max(r => r.PeakRssBytes) / (1024.0 * 1024.0);

    /// <summary>
    /// Median of run-by-run ratios against a baseline measured right before in the same round,
    /// so a neighbour's burst on the shared CPUs moves both sides of each ratio alike.
    /// </summary>
    public double RatioTo(Measurement baseline) =>
        Median(Runs.Zip(baseline.Runs, (r, b) => r.RequestsPerSecond / b.RequestsPerSecond));

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
