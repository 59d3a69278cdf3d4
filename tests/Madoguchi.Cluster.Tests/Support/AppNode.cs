using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Madoguchi.Cluster.Tests.Support;

/// <summary>
/// A real Madoguchi process (`dotnet Madoguchi.Web.dll`) on a loopback port, as an operator starts
/// one node behind a load balancer. Built by the same build as these tests. It can be killed the
/// hard way (SIGKILL: no graceful shutdown, no flush) and started again on the same port and data.
/// </summary>
public sealed class AppNode : IAsyncDisposable
{
    private readonly IReadOnlyDictionary<string, string> settings;
    private readonly string home;
    private readonly Queue<string> output = new();
    private Process process;

    private AppNode(IReadOnlyDictionary<string, string> settings, string home, int port)
    {
        this.settings = settings;
        this.home = home;
        Url = new Uri($"http://127.0.0.1:{port}");
        process = Launch();
    }

    public Uri Url { get; }

    /// <summary>The last lines the node printed, for the failure message of a test.</summary>
    public string Output
    {
        get
        {
            lock (output)
            {
                return string.Join('\n', output);
            }
        }
    }

    public static Task<AppNode> StartAsync(string connectionString, string dataDirectory) =>
        StartAsync(new Dictionary<string, string>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:Madoguchi"] = connectionString,
            ["DataDirectory"] = dataDirectory,
        });

    /// <summary>Starts a node with these settings (as `--Key value` arguments) and waits until it is ready.</summary>
    public static async Task<AppNode> StartAsync(IReadOnlyDictionary<string, string> settings)
    {
        // A home of its own, as on another machine: no key ring can be shared through ~/.aspnet.
        var home = Directory.CreateTempSubdirectory("madoguchi-node-home").FullName;
        var node = new AppNode(settings, home, FreePort());
        try
        {
            await node.WaitUntilReadyAsync();
        }
        catch
        {
            await node.DisposeAsync();
            throw;
        }
        return node;
    }

    /// <summary>The node dies at once, as in a crash or a pulled plug: SIGKILL, no graceful shutdown.</summary>
    public void Kill()
    {
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    /// <summary>Starts the node again (after <see cref="Kill"/>) on the same port, data and settings.</summary>
    public async Task RestartAsync()
    {
        if (!process.HasExited)
        {
            throw new InvalidOperationException("Kill the node before restarting it.");
        }
        process.Dispose();
        process = Launch();
        await WaitUntilReadyAsync();
    }

    /// <summary>The highest resident set size of the running process so far (VmHWM), in bytes.</summary>
    public long PeakResidentBytes()
    {
        var line = File.ReadLines($"/proc/{process.Id}/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
    }

    private Process Launch()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = WebProjectDirectory(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(WebAssembly());
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(Url.ToString().TrimEnd('/'));
        foreach (var (key, value) in settings)
        {
            start.ArgumentList.Add($"--{key}");
            start.ArgumentList.Add(value);
        }
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["HOME"] = home;
        var started = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        started.OutputDataReceived += (_, e) => Append(e.Data);
        started.ErrorDataReceived += (_, e) => Append(e.Data);
        started.BeginOutputReadLine();
        started.BeginErrorReadLine();
        return started;
    }

    private async Task WaitUntilReadyAsync()
    {
        using var client = new HttpClient { BaseAddress = Url, Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(90))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The node exited with {process.ExitCode}:\n{Output}");
            }
            try
            {
                using var response = await client.GetAsync("/healthz/ready");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // not listening yet, or still migrating
            }
            await Task.Delay(250);
        }
        throw new TimeoutException($"The node at {Url} was not ready within 90 s:\n{Output}");
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (output)
        {
            output.Enqueue(line);
            while (output.Count > 200)
            {
                output.Dequeue();
            }
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    // tests/<project>/bin/<Configuration>/net10.0/ → src/Madoguchi.Web/bin/<Configuration>/net10.0/
    private static string WebAssembly()
    {
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = testOutput.Parent!.Name;
        return Path.Combine(WebProjectDirectory(), "bin", configuration, testOutput.Name, "Madoguchi.Web.dll");
    }

    private static string WebProjectDirectory()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Madoguchi.slnx")))
        {
            directory = directory.Parent;
        }
        return Path.Combine(directory?.FullName ?? throw new InvalidOperationException("Madoguchi.slnx not found above the tests."), "src", "Madoguchi.Web");
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            Kill();
        }
        await process.WaitForExitAsync();
        process.Dispose();
        Directory.Delete(home, recursive: true);
    }
}
