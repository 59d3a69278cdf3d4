using System.Runtime.InteropServices;

namespace Madoguchi.Bench.Load;

/// <summary>The facts a reader needs to compare figures across machines.</summary>
internal static class MachineInfo
{
    public static IEnumerable<string> Describe(string dataDirectory)
    {
        yield return $"CPUs (nproc): {Environment.ProcessorCount}";
        yield return $"CPU model: {ProcField("/proc/cpuinfo", "model name") ?? "unknown"}";
        yield return $"Memory: {ProcField("/proc/meminfo", "MemTotal") ?? "unknown"}";
        yield return $"OS: {RuntimeInformation.OSDescription}";
        yield return $".NET: {RuntimeInformation.FrameworkDescription}";
        yield return $"Data directory file system: {FileSystemOf(dataDirectory)}";
    }

    private static string? ProcField(string file, string name) =>
        File.Exists(file)
            ? File.ReadLines(file).Where(l => l.StartsWith(name, StringComparison.Ordinal)).Select(l => l[(l.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim()).FirstOrDefault()
            : null;

    /// <summary>The mount with the longest prefix of the path: tmpfs would make fsync free and the figures meaningless.</summary>
    private static string FileSystemOf(string path)
    {
        if (!File.Exists("/proc/mounts"))
        {
            return "unknown";
        }
        var best = File.ReadLines("/proc/mounts")
            .Select(l => l.Split(' '))
            .Where(f => f.Length > 2 && path.StartsWith(f[1], StringComparison.Ordinal))
            .MaxBy(f => f[1].Length);
        return best is null ? "unknown" : $"{best[2]} on {best[1]} ({best[0]})";
    }
}
