namespace Madoguchi.Core.Jobs;

/// <summary>
/// A piece of background work that runs every so often on whichever node claims it first. The row
/// is the lease: a node owns the job until <see cref="LeaseExpiresAt"/>; a node that crashes while
/// holding it simply lets the lease run out, and another node takes the job over.
/// </summary>
public sealed class ScheduledJob
{
    /// <summary>The job's fixed name ("purge-expired-drafts").</summary>
    public required string Name { get; set; }

    public DateTimeOffset NextRunAt { get; set; }

    /// <summary>The node running it now ("host/pid/random"), or null.</summary>
    public string? LeaseOwner { get; set; }
    public DateTimeOffset? LeaseExpiresAt { get; set; }

    public DateTimeOffset? LastStartedAt { get; set; }
    public DateTimeOffset? LastFinishedAt { get; set; }

    /// <summary>What the last run reported ("drafts: 12, files: 3", or the error's type), for operators.</summary>
    public string? LastOutcome { get; set; }
    public string? LastRunBy { get; set; }
}
