using System.Globalization;
using System.Text;

namespace Madoguchi.Bench.Load;

/// <summary>The Markdown written to stdout and to the output file.</summary>
internal static class Report
{
    private static readonly string[] ProbeMoments = ["before", "after"];

    public static string Markdown(
        LoadOptions options, DateTimeOffset started, IEnumerable<string> machine, FsyncProbe.Result[][] fsync,
        IReadOnlyList<Measurement> measurements)
    {
        var s = new StringBuilder();
        s.AppendLine(Inv($"## Load run {started:yyyy-MM-dd HH:mm} UTC"));
        s.AppendLine();
        foreach (var line in machine)
        {
            s.AppendLine("- " + line);
        }
        s.AppendLine(Inv($"- After start-up, each scenario ran {options.ProcessWarmup.TotalSeconds:0} s at 64 connections unmeasured (JIT tiering)"));
        s.AppendLine(Inv($"- Per scenario and concurrency: {options.Repeats} runs of {options.Warmup.TotalSeconds:0} s warm-up + {options.Duration.TotalSeconds:0} s measured; medians shown"));
        foreach (var (probes, when) in fsync.Zip(ProbeMoments))
        {
            foreach (var probe in probes)
            {
                s.AppendLine(Inv($"- fsync after a 4 KiB {probe.Shape} on the data disk, {when} the run: median {probe.MedianMs:0.00} ms, p99 {probe.P99Ms:0.00} ms ({probe.Count} samples) → at most ~{probe.CommitsPerSecondBound:0} commits/s one at a time"));
            }
        }
        var peakNote = measurements.All(m => m.Runs.All(r => r.PeakIsOfWindow)) ? "of the measured window (VmHWM reset via clear_refs)" : "since server start (VmHWM could not be reset)";
        s.AppendLine("- Peak RSS: server process, " + peakNote + ", highest of the runs");
        s.AppendLine("- Server CPU ms/request: CPU time of the server process in the window ÷ requests (both cores count)");
        s.AppendLine();
        s.AppendLine("| Connections | Scenario | Requests/s | p50 ms | p99 ms | Errors | Server CPU ms/request | Peak RSS MB | Requests/s vs bare endpoint |");
        s.AppendLine("|---:|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var group in measurements.GroupBy(m => m.Concurrency))
        {
            // A focused run (--scenarios without echo) has no ceiling to compare with.
            var baseline = group.FirstOrDefault(m => m.Scenario is EchoScenario);
            foreach (var m in group)
            {
                var ratio = baseline is null ? "–" : Inv($"{m.RatioTo(baseline):0.000}");
                s.AppendLine(Inv($"| {m.Concurrency} | {m.Scenario.Name} | {m.RequestsPerSecond:0} | {m.P50Ms:0.0} | {m.P99Ms:0.0} | {m.Errors} | {m.CpuMsPerRequest:0.00} | {m.PeakRssMb:0} | {ratio} |"));
            }
        }
        var errors = measurements.Where(m => m.Errors > 0).Select(m => $"{m.Scenario.Name} at {m.Concurrency}: {m.Runs.First(r => r.FirstError is not null).FirstError}");
        foreach (var error in errors)
        {
            s.AppendLine().AppendLine("First error, " + error);
        }
        return s.ToString();
    }

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
