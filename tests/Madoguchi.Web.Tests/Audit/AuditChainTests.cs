using Madoguchi.Core.Audit;
using Madoguchi.Core.Audit.Verify;
using Madoguchi.Web.Tests.Support;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Madoguchi.Web.Tests.Audit;

/// <summary>
/// The audit log on the real database: a linear chain, refused by the database when changed,
/// and any change done anyway (triggers dropped) found by verification, naming the entry.
/// Each tampering test has an installation of its own.
/// </summary>
public sealed class AuditChainTests
{
    [Fact]
    public async Task An_intact_chain_verifies_and_each_entry_names_the_hash_before_it()
    {
        using var app = new MadoguchiApp();
        await app.RecordAsync(5);

        var result = await app.VerifyAuditAsync();
        var entries = await app.EntriesAsync();

        Assert.True(result.Intact, $"{result.Break} at {result.BrokenAt}");
        Assert.Equal(entries.Count, result.Entries);
        Assert.Equal(Enumerable.Range(1, entries.Count).Select(i => (long)i), entries.Select(e => e.Sequence));
        Assert.Equal(AuditHash.Genesis, entries[0].PreviousHash);
        for (var i = 1; i < entries.Count; i++)
        {
            Assert.Equal(entries[i - 1].Hash, entries[i].PreviousHash);
        }
        Assert.Equal(entries[^1].Hash, result.LastHash);
        Assert.Equal(entries[^1].Hash, await app.WithDbAsync(db => db.AuditHeads.Select(h => h.Hash).SingleAsync()));
    }

    [Fact]
    public async Task The_database_refuses_to_update_or_delete_audit_rows_or_to_move_the_head_back()
    {
        using var app = new MadoguchiApp();
        await app.RecordAsync(3);

        await Assert.ThrowsAnyAsync<Exception>(() => app.SqlAsync("""UPDATE "AuditEntries" SET "Details" = 'nothing happened' WHERE "Sequence" = 2"""));
        await Assert.ThrowsAnyAsync<Exception>(() => app.SqlAsync("""DELETE FROM "AuditEntries" WHERE "Sequence" = 3"""));
        await Assert.ThrowsAnyAsync<Exception>(() => app.SqlAsync("""UPDATE "AuditHead" SET "Sequence" = 1"""));
        await Assert.ThrowsAnyAsync<Exception>(() => app.SqlAsync("""UPDATE "AuditHead" SET "Sequence" = 99, "Hash" = 'made up'"""));
        await Assert.ThrowsAnyAsync<Exception>(() => app.SqlAsync("""DELETE FROM "AuditHead" """));
        if (TestDatabase.UsePostgres)
        {
            // TRUNCATE skips row triggers; it has its own.
            await Assert.ThrowsAnyAsync<Exception>(() => app.SqlAsync("""TRUNCATE "AuditEntries" """));
        }

        Assert.True((await app.VerifyAuditAsync()).Intact);
        Assert.Equal(3, (await app.EntriesAsync()).Count);
    }

    [Fact]
    public async Task Entity_framework_refuses_to_save_a_changed_audit_entry()
    {
        using var app = new MadoguchiApp();
        await app.RecordAsync(1);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => app.WithDbAsync(async db =>
        {
            (await db.AuditEntries.SingleAsync()).Details = "changed";
            return await db.SaveChangesAsync();
        }));
        Assert.Contains("append-only", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_entry_updated_after_dropping_the_triggers_is_named_by_verification()
    {
        using var app = new MadoguchiApp();
        await app.RecordAsync(6);
        await app.DropAuditTriggersAsync();

        await app.SqlAsync("""UPDATE "AuditEntries" SET "ActorName" = 'someone else' WHERE "Sequence" = 4""");
        var result = await app.VerifyAuditAsync();

        Assert.False(result.Intact);
        Assert.Equal(4, result.BrokenAt);
        Assert.Equal(AuditBreak.Altered, result.Break);
        Assert.Equal(3, result.Entries);
    }

    [Fact]
    public async Task An_edited_entry_whose_hash_was_recomputed_breaks_the_link_of_the_next_one()
    {
        using var app = new MadoguchiApp();
        await app.RecordAsync(5);
        await app.DropAuditTriggersAsync();
        var third = (await app.EntriesAsync())[2];
        third.Details = "quietly changed";
        var forged = AuditHash.Of(third);

        await app.SqlAsync($"""UPDATE "AuditEntries" SET "Details" = '{third.Details}', "Hash" = '{forged}' WHERE "Sequence" = 3""");
        var result = await app.VerifyAuditAsync();

        Assert.Equal(4, result.BrokenAt);
        Assert.Equal(AuditBreak.Unlinked, result.Break);
    }

    [Fact]
    public async Task A_deleted_middle_entry_is_named_by_verification()
    {
        using var app = new MadoguchiApp();
        await app.RecordAsync(6);
        await app.DropAuditTriggersAsync();

        await app.SqlAsync("""DELETE FROM "AuditEntries" WHERE "Sequence" = 3""");
        var result = await app.VerifyAuditAsync();

        Assert.Equal(3, result.BrokenAt);
        Assert.Equal(AuditBreak.Missing, result.Break);
    }

    [Fact]
    public async Task Deleting_the_newest_entries_is_found_through_the_head_and_with_the_head_rewritten_through_an_anchor()
    {
        using var app = new MadoguchiApp();
        await app.RecordAsync(6);
        var entries = await app.EntriesAsync();
        var anchor = new AuditAnchor(entries[^1].Sequence, entries[^1].Hash);
        Assert.True((await app.VerifyAuditAsync(anchor)).Intact);
        await app.DropAuditTriggersAsync();
        var keep = entries[^3];

        await app.SqlAsync($"""DELETE FROM "AuditEntries" WHERE "Sequence" > {keep.Sequence}""");
        var headRemembers = await app.VerifyAuditAsync();
        await app.SqlAsync($"""UPDATE "AuditHead" SET "Sequence" = {keep.Sequence}, "Hash" = '{keep.Hash}'""");
        var headRewritten = await app.VerifyAuditAsync();
        var withAnchor = await app.VerifyAuditAsync(anchor);

        Assert.Equal(AuditBreak.NewestMissing, headRemembers.Break);
        Assert.Equal(keep.Sequence + 1, headRemembers.BrokenAt);
        // The honest limit: a cut tail with a rewritten head looks whole from inside the database.
        Assert.True(headRewritten.Intact);
        Assert.Equal(AuditBreak.AnchorMissing, withAnchor.Break);
        Assert.Equal(keep.Sequence + 1, withAnchor.BrokenAt);
    }

    [Fact]
    public async Task A_recomputed_history_is_found_by_an_anchor_noted_before()
    {
        using var app = new MadoguchiApp();
        await app.RecordAsync(4);
        var before = (await app.EntriesAsync())[^1];
        await app.DropAuditTriggersAsync();

        // Rewrite entry 2 and re-hash it and everything after it, head included: the chain is consistent again.
        var entries = await app.EntriesAsync();
        entries[1].Details = "rewritten history";
        for (var i = 1; i < entries.Count; i++)
        {
            entries[i].PreviousHash = entries[i - 1].Hash;
            entries[i].Hash = AuditHash.Of(entries[i]);
            await app.SqlAsync($"""UPDATE "AuditEntries" SET "Details" = '{entries[i].Details}', "PreviousHash" = '{entries[i].PreviousHash}', "Hash" = '{entries[i].Hash}' WHERE "Sequence" = {entries[i].Sequence}""");
        }
        await app.SqlAsync($"""UPDATE "AuditHead" SET "Hash" = '{entries[^1].Hash}'""");

        Assert.True((await app.VerifyAuditAsync()).Intact);
        var result = await app.VerifyAuditAsync(new AuditAnchor(before.Sequence, before.Hash));
        Assert.Equal(AuditBreak.AnchorMismatch, result.Break);
        Assert.Equal(before.Sequence, result.BrokenAt);
    }

    [Fact]
    public async Task Entries_added_behind_the_heads_back_are_found()
    {
        using var app = new MadoguchiApp();
        await app.RecordAsync(2);
        var last = (await app.EntriesAsync())[^1];
        var extra = new AuditEntry
        {
            Sequence = last.Sequence + 1,
            At = last.At,
            ActorKind = AuditActorKind.System,
            ActorName = "x",
            Action = "forged",
            PreviousHash = last.Hash,
        };
        extra.Hash = AuditHash.Of(extra);

        await app.SqlAsync($"""
            INSERT INTO "AuditEntries" ("Sequence", "At", "ActorKind", "ActorName", "Action", "PreviousHash", "Hash")
            SELECT {extra.Sequence}, "At", 'System', 'x', 'forged', '{extra.PreviousHash}', '{extra.Hash}' FROM "AuditEntries" WHERE "Sequence" = {last.Sequence}
            """);
        var result = await app.VerifyAuditAsync();

        Assert.Equal(AuditBreak.BeyondHead, result.Break);
    }

    [Fact]
    public async Task Appends_from_two_nodes_at_once_make_one_unbroken_line()
    {
        using var app = new MadoguchiApp();
        using var second = app.SecondNode();
        var before = (await app.EntriesAsync()).Count;
        // Both nodes are up before the race starts (starting a node is not what is tested).
        _ = second.Services.GetRequiredService<AuditTrail>();

        await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Task.Run(async () =>
        {
            var node = i % 2 == 0 ? app : second;
            await using var scope = node.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<Core.Data.MadoguchiDb>();
            await node.Services.GetRequiredService<AuditTrail>().RecordNowAsync(db, AuditActor.System, "test.parallel", $"n{i}");
        })));
        var result = await app.VerifyAuditAsync();

        Assert.True(result.Intact, $"{result.Break} at {result.BrokenAt}");
        Assert.Equal(before + 40, result.Entries);
    }

    [Fact]
    public async Task An_entry_and_the_change_it_describes_are_saved_or_rolled_back_together()
    {
        using var app = new MadoguchiApp();
        var before = (await app.EntriesAsync()).Count;

        await app.WithDbAsync(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var trail = app.Services.GetRequiredService<AuditTrail>();
            trail.Record(db, AuditActor.System, "test.rolled-back", "x");
            (await db.Departments.FirstAsync()).NameEn = "Changed and rolled back";
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
            return 0;
        });
        await app.RecordAsync(1);

        var entries = await app.EntriesAsync();
        Assert.DoesNotContain(entries, e => e.Action == "test.rolled-back");
        Assert.Equal(before + 1, entries.Count);
        Assert.True((await app.VerifyAuditAsync()).Intact);
    }

    [Theory]
    [InlineData("{\"number\":\"123456789018\"}")]
    [InlineData("個人番号 123456789018 を確認")]
    public async Task Details_holding_what_looks_like_an_individual_number_are_refused(string details)
    {
        using var app = new MadoguchiApp();
        var trail = app.Services.GetRequiredService<AuditTrail>();

        await app.WithDbAsync(db =>
        {
            Assert.Throws<ArgumentException>(() => trail.Record(db, AuditActor.System, "test.refused", null, details));
            Assert.Throws<ArgumentException>(() => trail.Record(db, AuditActor.System, "test.refused", null, new string('x', AuditTrail.MaxDetailsLength + 1)));
            return Task.FromResult(0);
        });
    }
}
