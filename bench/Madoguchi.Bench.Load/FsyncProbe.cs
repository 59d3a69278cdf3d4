using System.Diagnostics;

namespace Madoguchi.Bench.Load;

/// <summary>
/// How long one durable write takes on the disk that holds the database. With synchronous=FULL
/// SQLite syncs the WAL at every commit, so one commit at a time can never beat 1 / this latency.
/// Two shapes: appending (the file grows, as a fresh WAL does, so the file system journals the new
/// size too) and overwriting in place (as a WAL reused after a checkpoint does).
/// </summary>
internal static class FsyncProbe
{
    private const int PageBytes = 4096;

    public sealed record Result(string Shape, int Count, double MedianMs, double P99Ms)
    {
        public double CommitsPerSecondBound => 1000.0 / MedianMs;
    }

    public static Result[] Measure(string directory) => [Measure(directory, overwrite: false), Measure(directory, overwrite: true)];

    private static Result Measure(string directory, bool overwrite, int count = 200, double maxSeconds = 10)
    {
        var path = Path.Combine(directory, "fsync-probe.bin");
        var page = new byte[PageBytes];
        var samples = new List<double>(count);
        var deadline = Stopwatch.GetTimestamp() + (long)(maxSeconds * Stopwatch.Frequency);
        using (var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1, FileOptions.None))
        {
            if (overwrite)
            {
                file.Write(new byte[count * PageBytes]);
                file.Flush(flushToDisk: true);
            }
            for (var i = 0; i < count && Stopwatch.GetTimestamp() < deadline; i++)
            {
                file.Position = overwrite ? i * PageBytes : file.Length;
                var started = Stopwatch.GetTimestamp();
                file.Write(page);
                // Flush(true) is fsync on Linux.
                file.Flush(flushToDisk: true);
                samples.Add((Stopwatch.GetTimestamp() - started) * 1000.0 / Stopwatch.Frequency);
            }
        }
        File.Delete(path);
        samples.Sort();
        return new Result(overwrite ? "overwrite in place" : "append", samples.Count,
            samples[samples.Count / 2], samples[(int)Math.Round(0.99 * (samples.Count - 1))]);
    }
}
