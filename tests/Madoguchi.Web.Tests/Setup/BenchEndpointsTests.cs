using System.Net;
using System.Text;

using Madoguchi.Web.Tests.Support;

using Microsoft.AspNetCore.Hosting;

namespace Madoguchi.Web.Tests.Setup;

public sealed class BenchEndpointsTests
{
    private const string Body = """{ "data": { "problemKind": "pothole" } }""";

    [Fact]
    public async Task The_bench_echo_endpoint_is_not_mapped_by_default()
    {
        using var app = new MadoguchiApp();
        using var client = app.CreateClient();
        using var content = new StringContent(Body, Encoding.UTF8, "application/json");
        var response = await client.PostAsync(new Uri("/bench/echo", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_bench_echo_endpoint_answers_when_the_load_driver_enables_it()
    {
        using var app = new MadoguchiApp();
        using var factory = app.WithWebHostBuilder(b => b.UseSetting("Bench:Enabled", "true"));
        using var client = factory.CreateClient();
        using var content = new StringContent(Body, Encoding.UTF8, "application/json");
        var response = await client.PostAsync(new Uri("/bench/echo", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
