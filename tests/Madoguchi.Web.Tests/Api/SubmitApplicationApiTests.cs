using System.Net;
using System.Text;
using System.Text.Json.Nodes;

using Madoguchi.Web.Tests.Support;

namespace Madoguchi.Web.Tests.Api;

public sealed class SubmitApplicationApiTests(MadoguchiApp app) : IClassFixture<MadoguchiApp>
{
    private readonly HttpClient client = app.CreateClient();

    public static TheoryData<string> ApiProcedures => [.. DemoAnswers.WithoutRequiredFiles];

    [Theory]
    [MemberData(nameof(ApiProcedures))]
    public async Task A_valid_application_gets_a_receipt_number_and_a_status_token(string procedure)
    {
        using var response = await client.SubmitAsync(procedure, DemoAnswers.For(procedure, "api-" + procedure), Guid.NewGuid().ToString());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.JsonAsync();
        var receipt = body["receiptNumber"]!.GetValue<string>();
        Assert.Matches("^[0-9A-Z]{3}-[0-9A-Z]{3}-[0-9A-Z]{3}$", receipt);

        using var status = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/applications/{receipt}");
        status.Headers.Authorization = new("Bearer", body["accessToken"]!.GetValue<string>());
        using var statusResponse = await client.SendAsync(status);
        Assert.Equal(HttpStatusCode.OK, statusResponse.StatusCode);
        Assert.Equal("Received", (await statusResponse.JsonAsync())["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_fee_is_computed_on_the_server()
    {
        using var response = await client.SubmitAsync("sodai-gomi", DemoAnswers.For("sodai-gomi", "fee"), Guid.NewGuid().ToString());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(2 * 400 + 1200, (await response.JsonAsync())["feeYen"]!.GetValue<long>());
    }

    [Fact]
    public async Task A_receipt_number_alone_does_not_reveal_the_application()
    {
        using var created = await client.SubmitAsync("doro-tsuho", DemoAnswers.For("doro-tsuho"), Guid.NewGuid().ToString());
        var receipt = (await created.JsonAsync())["receiptNumber"]!.GetValue<string>();

        using var noToken = await client.GetAsync($"/api/v1/applications/{receipt}");
        using var wrong = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/applications/{receipt}");
        wrong.Headers.Authorization = new("Bearer", "not-the-token");
        using var wrongToken = await client.SendAsync(wrong);

        Assert.Equal(HttpStatusCode.NotFound, noToken.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, wrongToken.StatusCode);
    }

    [Fact]
    public async Task The_same_key_with_the_same_body_returns_the_same_receipt()
    {
        var key = Guid.NewGuid().ToString();
        var data = DemoAnswers.For("doro-tsuho");
        using var first = await client.SubmitAsync("doro-tsuho", data, key);
        using var second = await client.SubmitAsync("doro-tsuho", data, key);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.Equal((await first.JsonAsync())["receiptNumber"]!.ToString(), (await second.JsonAsync())["receiptNumber"]!.ToString());
        Assert.Equal("true", second.Headers.GetValues("Idempotent-Replayed").Single());
    }

    [Fact]
    public async Task The_same_key_with_a_different_body_is_refused()
    {
        var key = Guid.NewGuid().ToString();
        using var first = await client.SubmitAsync("doro-tsuho", DemoAnswers.For("doro-tsuho"), key);
        var changed = DemoAnswers.For("doro-tsuho");
        changed["details"] = "別の内容";
        using var second = await client.SubmitAsync("doro-tsuho", changed, key);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, second.StatusCode);
    }

    [Fact]
    public async Task One_key_sent_in_parallel_creates_one_application()
    {
        var key = Guid.NewGuid().ToString();
        var data = DemoAnswers.For("doro-tsuho");
        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => client.SubmitAsync("doro-tsuho", data, key)));

        var receipts = new HashSet<string>();
        foreach (var response in responses)
        {
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            receipts.Add((await response.JsonAsync())["receiptNumber"]!.ToString());
            response.Dispose();
        }
        Assert.Single(receipts);
    }

    [Fact]
    public async Task Invalid_data_lists_every_error_by_path_and_code()
    {
        var data = DemoAnswers.For("sodai-gomi", "invalid");
        data.Remove("phone");
        data["items"]![1]!["quantity"] = "99";
        data["email"] = "not-an-email";

        using var response = await client.SubmitAsync("sodai-gomi", data, Guid.NewGuid().ToString());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var errors = (await response.JsonAsync())["errors"]!.AsArray().Select(e => e!["path"]!.ToString()).ToList();
        Assert.Contains("phone", errors);
        Assert.Contains("items[1].quantity", errors);
        Assert.Contains("email", errors);
    }

    [Fact]
    public async Task An_unknown_procedure_is_404()
    {
        using var response = await client.SubmitAsync("no-such-procedure", [], Guid.NewGuid().ToString());
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_missing_idempotency_key_is_400()
    {
        using var response = await client.SubmitAsync("doro-tsuho", DemoAnswers.For("doro-tsuho"), null);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("{")]
    [InlineData("[]")]
    [InlineData("{\"data\": 5}")]
    [InlineData("{\"nodata\": {}}")]
    [InlineData("\u0000\u0001")]
    public async Task A_malformed_body_is_400_with_a_message(string body)
    {
        using var response = await PostRawAsync(body, "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(string.IsNullOrEmpty((await response.JsonAsync())["detail"]?.ToString()));
    }

    [Fact]
    public async Task Deeply_nested_json_is_refused_not_a_stack_overflow()
    {
        var body = "{\"data\":" + new string('[', 5000) + new string(']', 5000) + "}";
        using var response = await PostRawAsync(body, "application/json");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task An_oversized_body_is_413()
    {
        var big = "{\"data\":{\"details\":\"" + new string('あ', 2 * 1024 * 1024) + "\"}}";
        using var response = await PostRawAsync(big, "application/json");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_415()
    {
        using var response = await PostRawAsync("data=1", "application/x-www-form-urlencoded");
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Hostile_text_is_refused_with_a_field_error_not_stored()
    {
        var data = DemoAnswers.For("doro-tsuho");
        data["details"] = "普通の文\u202Eおかしな向き";
        using var response = await client.SubmitAsync("doro-tsuho", data, Guid.NewGuid().ToString());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("details", (await response.JsonAsync())["errors"]!.AsArray().Select(e => e!["path"]!.ToString()));
    }

    private async Task<HttpResponseMessage> PostRawAsync(string body, string contentType)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/procedures/doro-tsuho/applications")
        {
            Content = new StringContent(body, Encoding.UTF8, contentType),
        };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        return await client.SendAsync(request);
    }
}
