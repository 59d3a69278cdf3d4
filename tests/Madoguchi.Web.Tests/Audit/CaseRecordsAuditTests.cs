using System.Net;

using Madoguchi.Core.Audit;
using Madoguchi.Web.Tests.Cases;
using Madoguchi.Web.Tests.Support;

namespace Madoguchi.Web.Tests.Audit;

/// <summary>
/// Messages, 内部メモ, the case PDF and the inbox CSV each leave one audit entry naming who, what and
/// which case, written with the change (or once the copy exists), and never the text or the name searched for.
/// </summary>
public sealed class CaseRecordsAuditTests(MadoguchiApp app) : IClassFixture<MadoguchiApp>
{
    private async Task<List<AuditEntry>> NewEntriesAsync(long after, string action) =>
        [.. (await app.EntriesAsync()).Where(e => e.Sequence > after && e.Action == action)];

    private async Task<long> LastSequenceAsync() => (await app.EntriesAsync()).Select(e => e.Sequence).DefaultIfEmpty().Max();

    [Fact]
    public async Task A_message_each_way_and_a_note_are_logged_without_their_text()
    {
        var submitted = await app.SubmitAsync("doro-tsuho");
        var clerk = await app.SignedInAsync("doro-clerk");
        var before = await LastSequenceAsync();

        using var fromClerk = await clerk.PostAsync($"/staff/applications/{submitted.Receipt}/messages", [new("body", "秘密の文面をお送りします。")]);
        using var fromResident = await app.Resident().PostAsync(submitted.MessagesUrl, [new("body", "住民からの秘密の返信")]);
        using var note = await clerk.PostAsync($"/staff/applications/{submitted.Receipt}/notes", [new("body", "課内だけの秘密のメモ")]);
        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.Redirect), (fromClerk.StatusCode, fromResident.StatusCode, note.StatusCode));

        var messages = await NewEntriesAsync(before, AuditActions.MessageSent);
        var notes = await NewEntriesAsync(before, AuditActions.NoteAdded);
        Assert.Equal([AuditActorKind.Staff, AuditActorKind.Resident], messages.Select(e => e.ActorKind));
        Assert.All(messages, e => Assert.Equal(submitted.Receipt, e.Target));
        Assert.Contains("doro-clerk", messages[0].ActorName, StringComparison.Ordinal);
        Assert.Equal(submitted.Receipt, Assert.Single(notes).Target);
        Assert.All(messages.Concat(notes), e => Assert.DoesNotContain("秘密", e.Details ?? "", StringComparison.Ordinal));
        Assert.True((await app.VerifyAuditAsync()).Intact);
    }

    [Fact]
    public async Task A_refused_message_leaves_no_entry()
    {
        var submitted = await app.SubmitAsync("doro-tsuho");
        var clerk = await app.SignedInAsync("doro-clerk");
        var before = await LastSequenceAsync();

        using var empty = await clerk.PostAsync($"/staff/applications/{submitted.Receipt}/messages", [new("body", "   ")]);

        Assert.NotEqual(HttpStatusCode.Redirect, empty.StatusCode);
        Assert.Empty(await NewEntriesAsync(before, AuditActions.MessageSent));
    }

    [Fact]
    public async Task Printing_a_case_and_exporting_the_inbox_are_logged_with_the_conditions_but_not_the_name()
    {
        var receipt = await app.SubmitDemoAsync("inu-toroku", "監査名");
        var clerk = await app.SignedInAsync("kankyo-clerk");
        var before = await LastSequenceAsync();

        using var pdf = await clerk.Client.GetAsync($"/staff/applications/{receipt}/pdf");
        using var csv = await clerk.PostAsync("/staff/export?status=Received&name=" + Uri.EscapeDataString("監査名"), [new("format", "utf-8")]);
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (pdf.StatusCode, csv.StatusCode));

        var printed = Assert.Single(await NewEntriesAsync(before, AuditActions.CasePrinted));
        Assert.Equal(receipt, printed.Target);
        Assert.Contains("kankyo-clerk", printed.ActorName, StringComparison.Ordinal);
        var exported = Assert.Single(await NewEntriesAsync(before, AuditActions.InboxExported));
        Assert.Contains("\"status\":\"Received\"", exported.Details, StringComparison.Ordinal);
        Assert.Contains("\"byName\":true", exported.Details, StringComparison.Ordinal);
        Assert.Contains("\"rows\":1", exported.Details, StringComparison.Ordinal);
        Assert.DoesNotContain("監査名", exported.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_department_s_case_printed_by_guessing_its_number_leaves_no_print_entry()
    {
        var receipt = await app.SubmitDemoAsync("inu-toroku");
        var outsider = await app.SignedInAsync("shimin-clerk");
        var before = await LastSequenceAsync();

        using var pdf = await outsider.Client.GetAsync($"/staff/applications/{receipt}/pdf");

        Assert.Equal(HttpStatusCode.NotFound, pdf.StatusCode);
        Assert.Empty(await NewEntriesAsync(before, AuditActions.CasePrinted));
    }
}
