using System.Diagnostics;

namespace Madoguchi.Bench.Load;

/// <summary>What one measured window gave.</summary>
internal sealed record RunResult(
    long Requests, long Errors, double RequestsPerSecond, double P50Ms, double P99Ms,
    double ServerCpuMsPerRequest, long PeakRssBytes, bool PeakIsOfWindow, string? FirstError);

/// <summary>
/// N workers, each with its own keep-alive connection, send requests back to back for the warm-up
/// and then for the measured window. Only requests that start inside the window count; their
/// latencies are kept and sorted for the percentiles.
/// </summary>
internal static class LoadRun
{
    /// <summary>Per worker and window, far above what this hardware can do; a bound, not a target.</summary>
    private const int MaxRequestsPerWorker = 5_000_000;

    public static async Task<RunResult> RunAsync(ServerProcess server, Scenario scenario, int concurrency, TimeSpan warmup, TimeSpan duration)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, UseCookies = false, AllowAutoRedirect = false };
        using var client = new HttpClient(handler) { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        var runTag = Guid.NewGuid().ToString("N")[..12];
        var measureFrom = Stopwatch.GetTimestamp() + Ticks(warmup);
        var stopAt = measureFrom + Ticks(duration);
        var resetOk = false;
        var cpuAtStart = TimeSpan.Zero;
        var resetTimer = Task.Run(async () =>
        {
            // Peak memory and CPU time are taken from the start of the measured window, not from the warm-up.
            await Task.Delay(warmup);
            resetOk = server.ResetPeak();
            cpuAtStart = server.CpuTime();
        });
        var workers = Enumerable.Range(0, concurrency)
            .Select(w => Task.Run(() => WorkerAsync(client, scenario, runTag, w, measureFrom, stopAt)))
            .ToArray();
        var results = await Task.WhenAll(workers);
        await resetTimer;
        var peak = server.PeakRssBytes();
        var cpu = server.CpuTime() - cpuAtStart;

        var latencies = results.SelectMany(r => r.Latencies).ToArray();
        Array.Sort(latencies);
        var errors = results.Sum(r => r.Errors);
        var firstError = results.Select(r => r.FirstError).FirstOrDefault(e => e is not null);
        return new RunResult(latencies.Length, errors, latencies.Length / duration.TotalSeconds,
            Percentile(latencies, 0.50), Percentile(latencies, 0.99),
            latencies.Length == 0 ? double.NaN : cpu.TotalMilliseconds / latencies.Length, peak, resetOk, firstError);
    }

    private static async Task<WorkerResult> WorkerAsync(HttpClient client, Scenario scenario, string runTag, int worker, long measureFrom, long stopAt)
    {
        var result = new WorkerResult();
        for (long i = 0; i < MaxRequestsPerWorker; i++)
        {
            var started = Stopwatch.GetTimestamp();
            if (started >= stopAt)
            {
                break;
            }
            string? error = null;
            try
            {
                using var request = scenario.Create(runTag, worker, i);
                using var response = await client.SendAsync(request, HttpCompletionOption.ResponseContentRead);
                if (response.StatusCode != scenario.Expected)
                {
                    error = $"HTTP {(int)response.StatusCode}: {Shorten(await response.Content.ReadAsStringAsync())}";
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                error = e.GetType().Name + ": " + e.Message;
            }
            if (started < measureFrom)
            {
                continue;
            }
            result.Latencies.Add(Stopwatch.GetTimestamp() - started);
            if (error is not null)
            {
                result.Errors++;
                result.FirstError ??= error;
            }
        }
        return result;
    }

    private static double Percentile(long[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[(int)Math.Round(p * (sorted.Length - 1))] * 1000.0 / Stopwatch.Frequency;

    private static long Ticks(TimeSpan span) => (long)(span.TotalSeconds * Stopwatch.Frequency);

    private static string Shorten(string text) => text.Length <= 200 ? text : text[..200];

    private sealed class WorkerResult
    {
        public List<long> Latencies { get; } = [];
        public long Errors { get; set; }
        public string? FirstError { get; set; }
    }
}
