using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Madoguchi.Bench.Load;

/// <summary>
/// Madoguchi as a separate process, as in production (its own GC, its own threads), with the
/// bench endpoint switched on and a fresh data directory on the same disk as a real installation.
/// </summary>
internal sealed class ServerProcess : IDisposable
{
    private readonly Process _process;
    private readonly Queue<string> _lastLines = new();

    private ServerProcess(Process process, Uri baseAddress, string dataDirectory)
    {
        _process = process;
        BaseAddress = baseAddress;
        DataDirectory = dataDirectory;
    }

    public Uri BaseAddress { get; }
    public string DataDirectory { get; }
    public int Id => _process.Id;

    public static async Task<ServerProcess> StartAsync(string dll, string dataDirectory)
    {
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException($"Build it first: dotnet build src/Madoguchi.Web -c Release ({dll})");
        }
        var url = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet")
        {
            // appsettings.json is read from the content root, which is the working directory.
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { dll, "--urls", url.ToString(), "--DataDirectory", dataDirectory, "--Bench:Enabled", "true" })
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var server = new ServerProcess(process, url, dataDirectory);
        process.OutputDataReceived += (_, e) => server.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => server.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await server.WaitHealthyAsync(TimeSpan.FromSeconds(90));
        return server;
    }

    /// <summary>Peak resident set (VmHWM) since start or since the last ResetPeak.</summary>
    public long PeakRssBytes()
    {
        var line = File.ReadLines($"/proc/{Id}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return line is null ? 0 : long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
    }

    /// <summary>User + system CPU time of the server so far (from /proc/pid/stat).</summary>
    public TimeSpan CpuTime()
    {
        _process.Refresh();
        return _process.TotalProcessorTime;
    }

    /// <summary>Writing 5 to clear_refs resets VmHWM to the current RSS (Linux ≥ 4.0), so each scenario gets its own peak.</summary>
    public bool ResetPeak()
    {
        try
        {
            File.WriteAllText($"/proc/{Id}/clear_refs", "5");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit(10_000);
        }
        _process.Dispose();
    }

    private async Task WaitHealthyAsync(TimeSpan limit)
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.GetTimestamp() + (long)(limit.TotalSeconds * Stopwatch.Frequency);
        while (Stopwatch.GetTimestamp() < deadline && !_process.HasExited)
        {
            try
            {
                using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Start-up (migrations, seeding) still holds the first request.
            }
            await Task.Delay(250);
        }
        throw new InvalidOperationException($"Madoguchi did not become healthy at {BaseAddress}. Last output:\n{Output()}");
    }

    public string Output()
    {
        lock (_lastLines)
        {
            return string.Join('\n', _lastLines);
        }
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_lastLines)
        {
            _lastLines.Enqueue(line);
            while (_lastLines.Count > 40)
            {
                _lastLines.Dequeue();
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
