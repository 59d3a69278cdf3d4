using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Madoguchi.Cluster.Tests.Support;

/// <summary>
/// A real Madoguchi process (`dotnet Madoguchi.Web.dll`) on a loopback port, as an operator starts
/// one node behind a load balancer. Built by the same build as these tests.
/// </summary>
public sealed class AppNode : IAsyncDisposable
{
    private readonly Process process;
    private readonly string home;
    private readonly StringBuilder output = new();

    private AppNode(Process process, string home, int port)
    {
        this.process = process;
        this.home = home;
        Url = new Uri($"http://127.0.0.1:{port}");
    }

    public Uri Url { get; }

    /// <summary>What the node printed, for the failure message of a test.</summary>
    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    public static async Task<AppNode> StartAsync(string connectionString, string dataDirectory)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = WebProjectDirectory(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[]
        {
            WebAssembly(), "--urls", $"http://127.0.0.1:{port}", "--Database:Provider", "Postgres",
            "--ConnectionStrings:Madoguchi", connectionString, "--DataDirectory", dataDirectory,
        })
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        // A home of its own, as on another machine: no key ring can be shared through ~/.aspnet.
        var home = Directory.CreateTempSubdirectory("madoguchi-node-home").FullName;
        start.Environment["HOME"] = home;
        var node = new AppNode(Process.Start(start)!, home, port);
        node.process.OutputDataReceived += (_, e) => node.Append(e.Data);
        node.process.ErrorDataReceived += (_, e) => node.Append(e.Data);
        node.process.BeginOutputReadLine();
        node.process.BeginErrorReadLine();
        await node.WaitUntilReadyAsync();
        return node;
    }

    /// <summary>The node dies at once, as in a crash or a pulled plug (no graceful shutdown).</summary>
    public void Kill()
    {
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
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
            catch (HttpRequestException)
            {
                // not listening yet
            }
            await Task.Delay(250);
        }
        throw new TimeoutException($"The node at {Url} was not ready within 90 s:\n{Output}");
    }

    private void Append(string? line)
    {
        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    // tests/Madoguchi.Cluster.Tests/bin/<Configuration>/net10.0/ → src/Madoguchi.Web/bin/<Configuration>/net10.0/
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
