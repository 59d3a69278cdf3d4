using System.Diagnostics;

namespace Madoguchi.Bench.Load;

/// <summary>
/// How long one durable write takes on the disk that holds the database. With synchronous=FULL
/// SQLite syncs the WAL at every commit, so one commit at a time can never beat 1 / this latency.
/// </summary>
internal static class FsyncProbe
{
    public sealed record Result(int Count, double MedianMs, double P99Ms)
    {
        public double CommitsPerSecondBound => 1000.0 / MedianMs;
    }

    public static Result Measure(string directory, int count = 200, double maxSeconds = 10)
    {
        var path = Path.Combine(directory, "fsync-probe.bin");
        var page = new byte[4096];
        var samples = new List<double>(count);
        var deadline = Stopwatch.GetTimestamp() + (long)(maxSeconds * Stopwatch.Frequency);
        using (var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1, FileOptions.None))
        {
            for (var i = 0; i < count && Stopwatch.GetTimestamp() < deadline; i++)
            {
                var started = Stopwatch.GetTimestamp();
                // Append like a WAL frame, then fsync (Flush(true) calls fsync on Linux).
                file.Write(page);
                file.Flush(flushToDisk: true);
                samples.Add((Stopwatch.GetTimestamp() - started) * 1000.0 / Stopwatch.Frequency);
            }
        }
        File.Delete(path);
        samples.Sort();
        return new Result(samples.Count, samples[samples.Count / 2], samples[(int)Math.Round(0.99 * (samples.Count - 1))]);
    }
}
