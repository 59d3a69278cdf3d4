using System.Net;

using Madoguchi.Web.Tests.Support;

using Microsoft.AspNetCore.Hosting;

namespace Madoguchi.Web.Tests.Setup;

public sealed class HealthTests(MadoguchiApp app) : IClassFixture<MadoguchiApp>
{
    [Theory]
    [InlineData("/healthz/live")]
    [InlineData("/healthz/ready")]
    [InlineData("/healthz")]
    public async Task A_healthy_node_answers_every_probe(string probe)
    {
        using var response = await app.CreateClient().GetAsync(probe);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_node_whose_files_directory_is_not_writable_is_alive_but_not_ready()
    {
        var blocker = Path.GetTempFileName(); // a file where the files directory should be
        using var node = app.SecondNode().WithWebHostBuilder(b => b.UseSetting("Files:Directory", Path.Combine(blocker, "files")));
        using var client = node.CreateClient();

        using var live = await client.GetAsync("/healthz/live");
        using var ready = await client.GetAsync("/healthz/ready");
        using var legacy = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, legacy.StatusCode);
        File.Delete(blocker);
    }
}
