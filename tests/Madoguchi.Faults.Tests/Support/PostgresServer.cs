using System.Net;
using System.Net.Sockets;

using Madoguchi.Cluster.Tests.Support;

namespace Madoguchi.Faults.Tests.Support;

/// <summary>
/// A PostgreSQL cluster of one test's own (initdb + pg_ctl on a free loopback port, as test.sh
/// starts the run's shared one), so the test can restart it without disturbing the tests that use
/// the shared server. Runs as the postgres user when the tests run as root (initdb refuses root).
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    private readonly string directory;
    private readonly string bin;

    private PostgresServer(string directory, string bin, int port)
    {
        this.directory = directory;
        this.bin = bin;
        Port = port;
    }

    public int Port { get; }

    public string ConnectionString(string database) => $"Host=127.0.0.1;Port={Port};Username=madoguchi_test;Database={database}";

    private string Data => Path.Combine(directory, "data");

    private string Log => Path.Combine(directory, "server.log");

    public static async Task<PostgresServer> StartAsync()
    {
        var bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "pg_ctl"))).OrderBy(d => Version(d)).LastOrDefault()
            : null;
        if (bin is null)
        {
            throw new InvalidOperationException("PostgreSQL is not installed (/usr/lib/postgresql/*/bin/pg_ctl); test.sh installs Debian's postgresql package.");
        }
        var directory = Directory.CreateTempSubdirectory("madoguchi-pg-own").FullName;
        if (Environment.IsPrivilegedProcess)
        {
            await Command.RunAsync("chown", "postgres", directory);
        }
        var server = new PostgresServer(directory, bin, 0);
        await server.AsPostgresAsync("initdb", "-D", server.Data, "-U", "madoguchi_test", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8");
        for (var attempt = 0; ; attempt++)
        {
            var port = FreePort();
            var started = new PostgresServer(directory, bin, port);
            // fsync stays on: this cluster is killed with -m immediate, and must come back like a real one.
            var (exitCode, text) = await started.TryAsPostgresAsync("pg_ctl", "-D", started.Data, "-l", started.Log, "-w", "-t", "60",
                "-o", $"-p {port} -k {directory} -c listen_addresses=127.0.0.1 -c max_connections=100", "start");
            if (exitCode == 0)
            {
                return started;
            }
            if (attempt == 4)
            {
                throw new InvalidOperationException($"PostgreSQL did not start:\n{text}\n{await File.ReadAllTextAsync(started.Log)}");
            }
        }
    }

    /// <summary>pg_ctl restart: "fast" ends every session and shuts down cleanly; "immediate" is a crash, recovered from WAL at start.</summary>
    public Task RestartAsync(string mode) =>
        AsPostgresAsync("pg_ctl", "-D", Data, "-l", Log, "-w", "-t", "60", "-m", mode, "restart");

    private async Task AsPostgresAsync(string tool, params string[] arguments)
    {
        var (exitCode, text) = await TryAsPostgresAsync(tool, arguments);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"{tool} {string.Join(' ', arguments)} exited with {exitCode}:\n{text}");
        }
    }

    private Task<(int ExitCode, string Output)> TryAsPostgresAsync(string tool, params string[] arguments) =>
        Environment.IsPrivilegedProcess
            ? Command.TryRunAsync("runuser", ["-u", "postgres", "--", Path.Combine(bin, tool), .. arguments])
            : Command.TryRunAsync(Path.Combine(bin, tool), arguments);

    private static Version Version(string binDirectory) =>
        System.Version.TryParse(Path.GetFileName(Path.GetDirectoryName(binDirectory)), out var v) ? v
        : int.TryParse(Path.GetFileName(Path.GetDirectoryName(binDirectory)), out var major) ? new Version(major, 0) : new Version(0, 0);

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        await TryAsPostgresAsync("pg_ctl", "-D", Data, "-m", "immediate", "stop");
        Directory.Delete(directory, recursive: true);
    }
}
