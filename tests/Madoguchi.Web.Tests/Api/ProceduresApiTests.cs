using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

using Madoguchi.Web.Tests.Support;

namespace Madoguchi.Web.Tests.Api;

public sealed class ProceduresApiTests(MadoguchiApp app) : IClassFixture<MadoguchiApp>
{
    private readonly HttpClient client = app.CreateClient();

    [Fact]
    public async Task Lists_every_demo_procedure()
    {
        var list = await client.GetFromJsonAsync<JsonArray>("/api/v1/procedures");
        var ids = list!.Select(p => p!["id"]!.ToString()).ToList();
        Assert.All(DemoAnswers.Procedures, code => Assert.Contains(code, ids));
    }

    [Theory]
    [MemberData(nameof(Procedures))]
    public async Task Serves_each_published_definition_and_it_parses(string procedure)
    {
        var definition = await client.DefinitionAsync(procedure);
        Assert.NotEmpty(definition.Pages);
    }

    public static TheoryData<string> Procedures => [.. DemoAnswers.Procedures];

    [Theory]
    [InlineData("no-such-procedure")]
    [InlineData("%27%20OR%201%3D1--")]
    [InlineData("..%2F..%2Fetc%2Fpasswd")]
    public async Task An_unknown_procedure_is_404(string id)
    {
        using var response = await client.GetAsync($"/api/v1/procedures/{id}/form");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Health_is_ready_when_the_database_answers()
    {
        using var response = await client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Publishes_an_openapi_document_for_the_resident_api()
    {
        var document = await client.GetFromJsonAsync<JsonObject>("/openapi/v1.json");
        var paths = document!["paths"]!.AsObject().Select(p => p.Key).ToList();
        Assert.Contains("/api/v1/procedures", paths);
        Assert.Contains("/api/v1/procedures/{id}/applications", paths);
        Assert.Contains("/api/v1/applications/{receiptNumber}", paths);
    }
}
