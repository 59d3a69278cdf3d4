namespace Madoguchi.Core.Jobs;

/// <summary>
/// Work that one node at a time does on a schedule. Runs must be safe to repeat: a node may crash
/// half-way and another node then runs the job again from the start.
/// </summary>
public interface IBackgroundJob
{
    /// <summary>Fixed name, the job's row in ScheduledJobs.</summary>
    string Name { get; }

    /// <summary>Time between the end of one run and the start of the next.</summary>
    TimeSpan Interval { get; }

    /// <summary>Does one run in its own service scope; returns a short outcome for operators.</summary>
    Task<string> RunAsync(IServiceProvider services, CancellationToken ct);
}
