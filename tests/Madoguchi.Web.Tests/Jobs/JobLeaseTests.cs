using Madoguchi.Core.Data;
using Madoguchi.Core.Jobs;
using Madoguchi.Web.Tests.Support;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Madoguchi.Web.Tests.Jobs;

/// <summary>Leases on the shared database: one node runs a job, a crashed node's job is taken over.</summary>
public sealed class JobLeaseTests(MadoguchiApp app) : IClassFixture<MadoguchiApp>
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(10);

    private async Task<T> WithLeases<T>(Func<JobLeases, MadoguchiDb, Task<T>> act)
    {
        using var scope = app.Services.CreateScope();
        return await act(scope.ServiceProvider.GetRequiredService<JobLeases>(), scope.ServiceProvider.GetRequiredService<MadoguchiDb>());
    }

    [Fact]
    public async Task Of_many_nodes_claiming_a_due_job_at_once_exactly_one_gets_it()
    {
        var name = "test-" + Guid.NewGuid().ToString("N")[..8];
        await WithLeases((l, _) => l.EnsureAsync(name, CancellationToken.None).ContinueWith(_ => 0, TaskScheduler.Default));

        var attempts = Enumerable.Range(0, 12).Select(i => Task.Run(() =>
            WithLeases((l, _) => l.TryClaimAsync(name, $"node-{i}", Lease, CancellationToken.None))));
        var claims = await Task.WhenAll(attempts);

        Assert.Single(claims, c => c);
    }

    [Fact]
    public async Task A_job_is_not_claimed_again_while_its_lease_lives_nor_before_it_is_due()
    {
        var name = "test-" + Guid.NewGuid().ToString("N")[..8];
        await WithLeases(async (l, _) => { await l.EnsureAsync(name, CancellationToken.None); return 0; });

        Assert.True(await WithLeases((l, _) => l.TryClaimAsync(name, "node-a", Lease, CancellationToken.None)));
        Assert.False(await WithLeases((l, _) => l.TryClaimAsync(name, "node-b", Lease, CancellationToken.None)));
        Assert.True(await WithLeases((l, _) => l.ReleaseAsync(name, "node-a", TimeSpan.FromHours(1), "ok", CancellationToken.None)));
        // Released, but the next run is an hour away.
        Assert.False(await WithLeases((l, _) => l.TryClaimAsync(name, "node-b", Lease, CancellationToken.None)));

        var row = await WithLeases((_, db) => db.ScheduledJobs.AsNoTracking().SingleAsync(j => j.Name == name));
        Assert.Null(row.LeaseOwner);
        Assert.Equal("node-a", row.LastRunBy);
        Assert.Equal("ok", row.LastOutcome);
    }

    [Fact]
    public async Task A_crashed_node_s_job_is_taken_over_when_its_lease_runs_out_and_it_cannot_release_it_after()
    {
        var name = "test-" + Guid.NewGuid().ToString("N")[..8];
        await WithLeases(async (l, _) => { await l.EnsureAsync(name, CancellationToken.None); return 0; });
        // node-a claims with a lease that has already run out, as if it crashed long ago.
        Assert.True(await WithLeases((l, _) => l.TryClaimAsync(name, "node-a", TimeSpan.FromSeconds(-1), CancellationToken.None)));

        Assert.True(await WithLeases((l, _) => l.TryClaimAsync(name, "node-b", Lease, CancellationToken.None)));
        // node-a coming back cannot end node-b's run.
        Assert.False(await WithLeases((l, _) => l.ReleaseAsync(name, "node-a", TimeSpan.FromHours(1), "late", CancellationToken.None)));
        var row = await WithLeases((_, db) => db.ScheduledJobs.AsNoTracking().SingleAsync(j => j.Name == name));
        Assert.Equal("node-b", row.LeaseOwner);
    }

    [Fact]
    public async Task Two_app_nodes_running_the_same_job_together_run_it_once()
    {
        using var second = app.SecondNode();
        var job = new CountingJob();
        var first = app.Services.GetRequiredService<JobRunner>();
        var other = second.Services.GetRequiredService<JobRunner>();

        var runs = await Task.WhenAll(
            Task.Run(() => first.RunIfDueAsync(job, Lease, CancellationToken.None)),
            Task.Run(() => other.RunIfDueAsync(job, Lease, CancellationToken.None)));

        Assert.Single(runs, r => r);
        Assert.Equal(1, job.Runs);
    }

    private sealed class CountingJob : IBackgroundJob
    {
        private int runs;

        public int Runs => runs;

        public string Name { get; } = "count-" + Guid.NewGuid().ToString("N")[..8];

        public TimeSpan Interval => TimeSpan.FromHours(1);

        public async Task<string> RunAsync(IServiceProvider services, CancellationToken ct)
        {
            Interlocked.Increment(ref runs);
            await Task.Delay(200, ct); // long enough for the other node to try while this one holds the lease
            return "counted";
        }
    }
}
