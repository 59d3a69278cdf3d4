using System.Net;

using Madoguchi.Core.Data;
using Madoguchi.Core.Submissions;
using Madoguchi.Core.Submissions.Receipts;
using Madoguchi.Web.Tests.Support;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Madoguchi.Web.Tests.Submissions;

/// <summary>
/// 受付番号 are made from sequence numbers that nodes reserve in blocks; the application is found
/// through its sequence number. These tests hold the parts that a resident never sees.
/// </summary>
public sealed class ReceiptNumberingTests(MadoguchiApp app) : IClassFixture<MadoguchiApp>
{
    [Fact]
    public async Task A_new_application_stores_the_sequence_number_its_receipt_is_made_from()
    {
        using var response = await app.CreateClient().SubmitAsync("doro-tsuho", DemoAnswers.For("doro-tsuho"), Guid.NewGuid().ToString());
        var body = await response.JsonAsync();
        var receipt = body["receiptNumber"]!.ToString();

        using var scope = app.Services.CreateScope();
        var stored = await scope.ServiceProvider.GetRequiredService<MadoguchiDb>().Applications.SingleAsync(a => a.ReceiptNumber == receipt);
        Assert.NotNull(stored.ReceiptSequence);
        Assert.Equal(receipt, app.Services.GetRequiredService<ReceiptNumbers>().For(stored.ReceiptSequence.Value));
        Assert.Equal(HttpStatusCode.OK, (await StatusAsync(receipt, body["accessToken"]!.ToString())).StatusCode);
    }

    [Fact]
    public async Task Two_nodes_numbering_at_once_never_hand_out_the_same_number()
    {
        // Two allocators over one database are two nodes; each goes through several blocks.
        using var first = NewNode();
        using var second = NewNode();
        const int perNode = (ReceiptSequences.BlockSize * 2) + 500;

        var numbered = await Task.WhenAll(NumberAsync(first, perNode), NumberAsync(second, perNode));

        var all = numbered.SelectMany(n => n).ToList();
        Assert.Equal(perNode * 2, all.Count);
        Assert.Equal(all.Count, all.Distinct().Count());
        Assert.All(numbered, n => Assert.True(n.SequenceEqual(n.Order()), "a node hands out its numbers in order"));
    }

    [Fact]
    public async Task A_restarted_node_goes_on_after_every_number_handed_out_before()
    {
        long before;
        using (var node = NewNode())
        {
            before = (await NumberAsync(node, 3)).Max();
        }
        using var restarted = NewNode();

        var after = (await NumberAsync(restarted, 1)).Single();

        Assert.True(after > before, $"{after} after {before}");
    }

    [Fact]
    public async Task An_application_numbered_before_sequence_numbers_is_filled_in_at_start_up_and_found()
    {
        using var response = await app.CreateClient().SubmitAsync("doro-tsuho", DemoAnswers.For("doro-tsuho"), Guid.NewGuid().ToString());
        var id = await IdOfAsync((await response.JsonAsync())["receiptNumber"]!.ToString());
        // As an older version stored it: a random 受付番号 (here one of another key) and no sequence number.
        using var otherKey = new ReceiptNumbers([.. Enumerable.Repeat((byte)9, 32)]);
        var old = otherKey.For(Random.Shared.NextInt64(ReceiptNumbers.Capacity));
        using (var scope = app.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<MadoguchiDb>().Applications.Where(a => a.Id == id)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.ReceiptNumber, old).SetProperty(a => a.ReceiptSequence, (long?)null));
        }
        var token = app.Services.GetRequiredService<AccessCodes>().TokenFor(old);
        Assert.Equal(HttpStatusCode.NotFound, (await StatusAsync(old, token)).StatusCode);

        using (var scope = app.Services.CreateScope())
        {
            var filled = await FillReceiptSequences.RunAsync(scope.ServiceProvider.GetRequiredService<MadoguchiDb>(), app.Services.GetRequiredService<ReceiptNumbers>());
            Assert.True(filled >= 1);
        }

        Assert.Equal(HttpStatusCode.OK, (await StatusAsync(old, token)).StatusCode);
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MadoguchiDb>();
            Assert.False(await db.Applications.AnyAsync(a => a.ReceiptSequence == null));
            Assert.Equal(0, await FillReceiptSequences.RunAsync(db, app.Services.GetRequiredService<ReceiptNumbers>()));
        }
    }

    [Fact]
    public async Task A_database_restored_from_a_backup_never_hands_out_a_number_again()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var backup = await CounterAsync();
        List<long> handedOut;
        using (var node = NewNode(clock))
        {
            handedOut = await NumberAsync(node, 5);
        }
        // The restore puts the counter back where the backup had it; the numbers above are with residents.
        using (var scope = app.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<MadoguchiDb>().ReceiptCounter
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.Next, backup));
        }
        clock.Advance(TimeSpan.FromMinutes(10)); // a restore takes at least this long
        using var restored = NewNode(clock);

        var next = (await NumberAsync(restored, 1)).Single();

        Assert.True(next > handedOut.Max(), $"{next} after {handedOut.Max()}");
    }

    private async Task<long> CounterAsync()
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<MadoguchiDb>().ReceiptCounter.Select(c => c.Next).SingleAsync();
    }

    private ReceiptSequences NewNode(TimeProvider? clock = null) =>
        new(app.Services.GetRequiredService<IDbContextFactory<MadoguchiDb>>(), app.Services.GetRequiredService<ReceiptNumbers>(), clock ?? TimeProvider.System);

    private static async Task<List<long>> NumberAsync(ReceiptSequences node, int count)
    {
        var numbers = new List<long>(count);
        for (var i = 0; i < count; i++)
        {
            var application = new Application { ReceiptNumber = "", DataJson = "{}" };
            await node.NumberAsync(application);
            numbers.Add(application.ReceiptSequence!.Value);
        }
        return numbers;
    }

    private async Task<Guid> IdOfAsync(string receipt)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<MadoguchiDb>().Applications
            .Where(a => a.ReceiptNumber == receipt).Select(a => a.Id).SingleAsync();
    }

    private async Task<HttpResponseMessage> StatusAsync(string receipt, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/applications/{receipt}");
        request.Headers.Authorization = new("Bearer", token);
        return await app.CreateClient().SendAsync(request);
    }
}
