using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

using Madoguchi.Japanese.Calendar;
using Madoguchi.Web.Tests.Support;

namespace Madoguchi.Web.Tests.Api;

public sealed class PostalCodesApiTests(MadoguchiApp app) : IClassFixture<MadoguchiApp>
{
    private readonly HttpClient client = app.CreateClient();

    [Theory]
    [InlineData("634-0078")]
    [InlineData("6340078")]
    [InlineData("〒６３４－００７８")]
    public async Task A_postal_code_gives_its_address_however_it_is_typed(string typed)
    {
        var body = await client.GetFromJsonAsync<JsonObject>("/api/v1/postal-codes/" + Uri.EscapeDataString(typed));

        Assert.Equal("634-0078", body!["postalCode"]!.ToString());
        var address = body["addresses"]!.AsArray().Single()!;
        Assert.Equal("奈良県", address["prefecture"]!.ToString());
        Assert.Equal("橿原市", address["city"]!.ToString());
        Assert.Equal("八木町", address["town"]!.ToString());
        Assert.False(string.IsNullOrEmpty(body["dataVersion"]!.ToString()));
    }

    [Fact]
    public async Task A_code_shared_by_several_towns_lists_every_candidate()
    {
        var body = await client.GetFromJsonAsync<JsonObject>("/api/v1/postal-codes/0288401");
        Assert.True(body!["addresses"]!.AsArray().Count > 1);
    }

    [Fact]
    public async Task A_business_code_names_the_business()
    {
        var body = await client.GetFromJsonAsync<JsonObject>("/api/v1/postal-codes/1008111");
        var address = body!["addresses"]!.AsArray().Single()!;
        Assert.True(address["isBusiness"]!.GetValue<bool>());
        Assert.Contains("宮内庁", address["businessName"]!.ToString());
    }

    [Theory]
    [InlineData("12345", HttpStatusCode.BadRequest)]
    [InlineData("abcdefg", HttpStatusCode.BadRequest)]
    [InlineData("%3Cscript%3E", HttpStatusCode.BadRequest)]
    [InlineData("0000000", HttpStatusCode.NotFound)]
    public async Task A_wrong_code_gets_a_clear_problem(string code, HttpStatusCode expected)
    {
        using var response = await client.GetAsync("/api/v1/postal-codes/" + code);
        Assert.Equal(expected, response.StatusCode);
        Assert.False(string.IsNullOrEmpty((await response.JsonAsync())["detail"]?.ToString()));
    }

    [Fact]
    public async Task An_application_is_due_after_the_procedures_business_days()
    {
        using var created = await client.SubmitAsync("doro-tsuho", DemoAnswers.For("doro-tsuho"), Guid.NewGuid().ToString());
        var body = await created.JsonAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/applications/{body["receiptNumber"]}");
        request.Headers.Authorization = new("Bearer", body["accessToken"]!.ToString());
        using var status = await client.SendAsync(request);

        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(9));
        var expected = new BusinessCalendar().AddBusinessDays(today, 10); // 道路・公園の不具合通報: 10 開庁日
        Assert.Equal(expected.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), (await status.JsonAsync())["dueOn"]!.ToString());
    }
}
