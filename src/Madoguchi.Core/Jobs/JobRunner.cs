using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Madoguchi.Core.Jobs;

/// <summary>Settings of the background job runner ("Jobs" section).</summary>
public sealed class JobOptions
{
    /// <summary>Off only for special set-ups (e.g. a node reserved for staff); some node must run jobs.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often each node looks for due jobs.</summary>
    public int PollSeconds { get; set; } = 60;

    /// <summary>How long a claimed job belongs to its node; longer than any run, short enough to take over after a crash.</summary>
    public int LeaseSeconds { get; set; } = 600;
}

/// <summary>
/// Runs on every node; each poll, claims the due jobs it can and runs them. No job runs on two
/// nodes at once, and a crashed node's job is taken over once its lease runs out.
/// </summary>
public sealed partial class JobRunner(
    IServiceScopeFactory scopes, IEnumerable<IBackgroundJob> jobs, IOptions<JobOptions> options, ILogger<JobRunner> log) : BackgroundService
{
    /// <summary>This node's name in leases: host, process and a random part (several nodes may share a host).</summary>
    public static readonly string NodeName = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..8]}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return;
        }
        // Nodes started together should not all poll at the same instant.
        await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(0, 2000)), stoppingToken);
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(settings.PollSeconds));
        do
        {
            foreach (var job in jobs)
            {
                await RunIfDueAsync(job, TimeSpan.FromSeconds(settings.LeaseSeconds), stoppingToken);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>One attempt: claim, run, release. Returns whether this node ran the job.</summary>
    public async Task<bool> RunIfDueAsync(IBackgroundJob job, TimeSpan lease, CancellationToken ct)
    {
        try
        {
            using var scope = scopes.CreateScope();
            var leases = scope.ServiceProvider.GetRequiredService<JobLeases>();
            await leases.EnsureAsync(job.Name, ct);
            if (!await leases.TryClaimAsync(job.Name, NodeName, lease, ct))
            {
                return false;
            }
            string outcome;
            try
            {
                outcome = await job.RunAsync(scope.ServiceProvider, ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The next run retries; the job must be safe to repeat anyway.
                LogJobFailed(log, e, job.Name);
                outcome = "failed: " + e.GetType().Name;
            }
            await leases.ReleaseAsync(job.Name, NodeName, job.Interval, outcome, ct);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The database may be down; the next poll tries again.
            LogPollFailed(log, e, job.Name);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Background job {Job} failed; it runs again at its next turn.")]
    private static partial void LogJobFailed(ILogger logger, Exception error, string job);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not check background job {Job}; trying again at the next poll.")]
    private static partial void LogPollFailed(ILogger logger, Exception error, string job);
}
