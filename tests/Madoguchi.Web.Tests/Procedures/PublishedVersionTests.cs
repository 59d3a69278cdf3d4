using Madoguchi.Core.Data;
using Madoguchi.Web.Tests.Support;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Madoguchi.Web.Tests.Procedures;

public sealed class PublishedVersionTests(MadoguchiApp app) : IClassFixture<MadoguchiApp>
{
    [Fact]
    public async Task A_published_form_version_cannot_be_changed_or_deleted()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MadoguchiDb>();
        var version = await db.FormVersions.FirstAsync();

        version.DefinitionJson = "{}";
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());

        db.ChangeTracker.Clear();
        db.FormVersions.Remove(await db.FormVersions.FirstAsync());
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task Every_application_records_the_version_it_answered()
    {
        var client = app.CreateClient();
        using var response = await client.SubmitAsync("doro-tsuho", DemoAnswers.For("doro-tsuho"), Guid.NewGuid().ToString());
        var receipt = (await response.JsonAsync())["receiptNumber"]!.ToString();

        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MadoguchiDb>();
        var application = await db.Applications.Include(a => a.FormVersion).SingleAsync(a => a.ReceiptNumber == receipt);
        var procedure = await db.Procedures.SingleAsync(p => p.Id == application.ProcedureId);
        Assert.Equal(procedure.PublishedVersionId, application.FormVersionId);
        Assert.Equal(64, application.FormVersion.Sha256.Length);
    }

    [Fact]
    public async Task Answers_are_stored_exactly_as_typed_with_a_separate_search_key()
    {
        var client = app.CreateClient();
        var data = DemoAnswers.For("sodai-gomi", "exact");
        data["applicantName"]!["family"] = "髙\U000E0100橋"; // variant kanji with an ideographic variation selector
        data["applicantName"]!["familyKana"] = "たかはし";
        using var response = await client.SubmitAsync("sodai-gomi", data, Guid.NewGuid().ToString());
        var receipt = (await response.JsonAsync())["receiptNumber"]!.ToString();

        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MadoguchiDb>();
        var application = await db.Applications.SingleAsync(a => a.ReceiptNumber == receipt);
        var stored = System.Text.Json.Nodes.JsonNode.Parse(application.DataJson)!["applicantName"]!["family"]!.GetValue<string>();
        Assert.Equal("髙\U000E0100橋", stored);
        Assert.Contains("タカハシ", application.ApplicantNameKey, StringComparison.Ordinal);
        Assert.DoesNotContain("\U000E0100", application.ApplicantNameKey, StringComparison.Ordinal);
    }
}
