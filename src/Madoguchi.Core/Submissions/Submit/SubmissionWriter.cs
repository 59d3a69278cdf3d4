using System.Data.Common;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Threading.Channels;

using Madoguchi.Core.Submissions.Receipts;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Madoguchi.Core.Submissions.Submit;

/// <summary>
/// Group commit: the one writer of new applications on this node. Requests validate in parallel
/// and hand their application over; the writer takes everything that is waiting, writes it in one
/// transaction (<see cref="SubmissionBatch"/>: one commit, one fsync for the lot) and only then
/// completes each request. No request is answered before its own data is on disk; the wait for
/// the disk is shared instead of repeated. When more is waiting than <c>Intake:WriterQueueLength</c>
/// allows, a request is refused at once (<see cref="SubmitOutcome.Busy"/>, 503) instead of queuing
/// until it times out.
/// </summary>
public sealed partial class SubmissionWriter : IAsyncDisposable
{
    public const int DefaultQueueLength = 2048;

    /// <summary>Large enough that one fsync serves a rush; small enough that one batch stays a short transaction.</summary>
    public const int MaxBatch = 256;

    private const int Attempts = 3;

    /// <summary>Read with `dotnet-counters monitor --counters Madoguchi.Intake`: how well commits are shared.</summary>
    private static readonly Meter Meter = new("Madoguchi.Intake");
    private static readonly Histogram<int> BatchSize = Meter.CreateHistogram<int>("madoguchi.intake.batch.size", "{application}");
    private static readonly Histogram<double> BatchDuration = Meter.CreateHistogram<double>("madoguchi.intake.batch.duration", "ms");

    // Synchronous continuations: a request handing over an item wakes the waiting writer thread
    // directly (its only continuation sets the event it blocks on) instead of through the thread pool.
    private readonly Channel<PendingSubmission> queue = Channel.CreateUnbounded<PendingSubmission>(
        new UnboundedChannelOptions { SingleReader = true, AllowSynchronousContinuations = true });
    private readonly IServiceScopeFactory scopes;
    private readonly ILogger<SubmissionWriter> log;
    private readonly int capacity;
    private readonly Task loop;
    private int waiting;

    public SubmissionWriter(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<SubmissionWriter> log)
    {
        this.scopes = scopes;
        this.log = log;
        capacity = Math.Max(0, configuration.GetValue("Intake:WriterQueueLength", DefaultQueueLength));
        // A thread of its own, not the thread pool: every request waits on this one loop, and as a
        // pool task each of its steps queued behind those same requests' work (measured in
        // docs/benchmarks.md, "The writer on a thread of its own").
        var stopped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        new Thread(() => Run(stopped)) { IsBackground = true, Name = "Madoguchi submission writer" }.Start();
        loop = stopped.Task;
    }

    /// <summary>Queues the item and waits for its outcome; Busy at once when the queue is full.</summary>
    public Task<SubmitOutcome> WriteAsync(PendingSubmission item, CancellationToken ct)
    {
        if (Interlocked.Increment(ref waiting) > capacity || !queue.Writer.TryWrite(item))
        {
            Interlocked.Decrement(ref waiting);
            return Task.FromResult<SubmitOutcome>(new SubmitOutcome.Busy());
        }
        return item.Outcome.WaitAsync(ct);
    }

    private void Run(TaskCompletionSource stopped)
    {
        var batch = new List<PendingSubmission>(MaxBatch);
        while (WaitForItems())
        {
            while (batch.Count < MaxBatch && queue.Reader.TryRead(out var item))
            {
                if (item.RequestAborted.IsCancellationRequested)
                {
                    Done(item.Cancel()); // gave up before its batch: not written at all
                    continue;
                }
                batch.Add(item);
            }
            try
            {
                // On SQLite every step of the batch completes synchronously, so it all runs on this
                // thread; on PostgreSQL the thread waits while the pool runs the I/O continuations.
                WriteAsync(batch).GetAwaiter().GetResult();
            }
            catch (Exception e)
            {
                // Never leave a request waiting, whatever went wrong.
                foreach (var item in batch)
                {
                    Done(item.Fail(e));
                }
            }
            batch.Clear();
        }
        stopped.SetResult();
    }

    /// <summary>Blocks until an item is queued (true) or the queue is closed and empty (false).</summary>
    private bool WaitForItems()
    {
        var ready = queue.Reader.WaitToReadAsync();
        return ready.IsCompleted ? ready.Result : ready.AsTask().GetAwaiter().GetResult();
    }

    /// <summary>Writes one batch and completes each of its items; never throws.</summary>
    internal async Task WriteAsync(IReadOnlyList<PendingSubmission> batch)
    {
        if (batch.Count == 0)
        {
            return;
        }
        var started = Stopwatch.GetTimestamp();
        try
        {
            var outcomes = await WriteTogetherAsync(batch);
            BatchSize.Record(batch.Count);
            BatchDuration.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            for (var i = 0; i < batch.Count; i++)
            {
                Done(batch[i].Complete(outcomes[i]));
            }
        }
        catch (DbException e)
        {
            // The database itself failed (unreachable, disk full): nothing of the batch was stored,
            // and trying its items one by one would only fail again, slower.
            LogBatchFailed(log, batch.Count, e.GetType().Name, e.Message);
            foreach (var item in batch)
            {
                Done(item.Fail(e));
            }
        }
        catch (Exception e) when (batch.Count > 1)
        {
            // One item broke the transaction (a receipt-number collision, a key another node just
            // used): write them one by one, so only that item is affected.
            LogBatchSplit(log, batch.Count, e.GetType().Name, e.Message);
            foreach (var item in batch)
            {
                await WriteAloneAsync(item);
            }
        }
        catch (Exception e)
        {
            await WriteAloneAsync(batch[0], e);
        }
    }

    private async Task WriteAloneAsync(PendingSubmission item, Exception? failedOnce = null)
    {
        for (var attempt = failedOnce is null ? 0 : 1; ; attempt++)
        {
            try
            {
                if (attempt > 0)
                {
                    // A receipt-number collision (only possible with one stored before sequence numbers) takes
                    // the next number; an idempotency key stored meanwhile is found as a replay.
                    await Renumber(item);
                }
                Done(item.Complete((await WriteTogetherAsync([item]))[0]));
                return;
            }
            catch (Exception e) when (e is DbUpdateException && attempt + 1 < Attempts)
            {
                LogItemRetried(log, e.GetType().Name, e.Message);
            }
            catch (Exception e)
            {
                Done(item.Fail(e));
                return;
            }
        }
    }

    private async Task Renumber(PendingSubmission item)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ReceiptSequences>().NumberAsync(item.Application);
    }

    private async Task<IReadOnlyList<SubmitOutcome>> WriteTogetherAsync(IReadOnlyList<PendingSubmission> items)
    {
        await using var scope = scopes.CreateAsyncScope();
        // No cancellation: a batch that started is committed whole or not at all, whoever stopped waiting.
        return await scope.ServiceProvider.GetRequiredService<SubmissionBatch>().WriteAsync(items, CancellationToken.None);
    }

    // Every queued item is completed exactly once, and only then leaves the count.
    private void Done(bool completed)
    {
        if (completed)
        {
            Interlocked.Decrement(ref waiting);
        }
    }

    /// <summary>At shutdown: take no more, write what is queued, then stop.</summary>
    public async ValueTask DisposeAsync()
    {
        queue.Writer.TryComplete();
        await loop;
    }

    [LoggerMessage(LogLevel.Warning, "A batch of {Count} submissions failed as a whole ({Kind}: {Message}); nothing of it was stored.")]
    private static partial void LogBatchFailed(ILogger logger, int count, string kind, string message);

    [LoggerMessage(LogLevel.Information, "A batch of {Count} submissions is written one by one after {Kind}: {Message}")]
    private static partial void LogBatchSplit(ILogger logger, int count, string kind, string message);

    [LoggerMessage(LogLevel.Information, "A submission is written again after {Kind}: {Message}")]
    private static partial void LogItemRetried(ILogger logger, string kind, string message);
}
