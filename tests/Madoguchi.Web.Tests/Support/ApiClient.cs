using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace Madoguchi.Web.Tests.Support;

public static class ApiClient
{
    public static async Task<HttpResponseMessage> SubmitAsync(this HttpClient client, string procedure, JsonObject data, string? key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/procedures/{procedure}/applications")
        {
            Content = new StringContent(new JsonObject { ["data"] = data.DeepClone() }.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }
        return await client.SendAsync(request);
    }

    public static async Task<JsonObject> JsonAsync(this HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonObject>())!;

    public static async Task<Madoguchi.Forms.Definitions.FormDefinition> DefinitionAsync(this HttpClient client, string procedure)
    {
        var body = await client.GetFromJsonAsync<JsonObject>($"/api/v1/procedures/{procedure}/form");
        var parsed = Madoguchi.Forms.Definitions.FormDefinitionParser.Parse(body!["definition"]!.ToJsonString());
        return parsed.Definition ?? throw new InvalidOperationException(string.Join("\n", parsed.Problems));
    }
}
