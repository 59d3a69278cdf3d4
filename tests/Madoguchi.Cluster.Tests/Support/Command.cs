using System.Diagnostics;

namespace Madoguchi.Cluster.Tests.Support;

/// <summary>Runs a system tool (mount, initdb, pg_ctl…) to completion; a failure says what it printed.</summary>
public static class Command
{
    public static async Task<(int ExitCode, string Output)> TryRunAsync(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{file} did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        // Generous: only there so that a wedged tool fails the test instead of hanging the run.
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(limit.Token);
        return (process.ExitCode, (await stdout) + (await stderr));
    }

    public static async Task<string> RunAsync(string file, params string[] arguments)
    {
        var (exitCode, output) = await TryRunAsync(file, arguments);
        return exitCode == 0
            ? output
            : throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} exited with {exitCode}:\n{output}");
    }
}
