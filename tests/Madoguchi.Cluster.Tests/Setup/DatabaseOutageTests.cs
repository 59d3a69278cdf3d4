using System.Diagnostics;
using System.Net;

using Madoguchi.Cluster.Tests.Support;
using Madoguchi.Web.Tests.Support;

using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

using Npgsql;

namespace Madoguchi.Cluster.Tests.Setup;

/// <summary>The database goes away under a running node: residents get a clear 503, and the node recovers by itself.</summary>
public sealed class DatabaseOutageTests
{
    [Fact]
    public async Task A_node_answers_503_with_retry_after_while_the_database_is_unreachable_and_recovers_by_itself()
    {
        using var database = TestDatabase.Postgres();
        var server = new NpgsqlConnectionStringBuilder(database.ConnectionString);
        await using var line = new TcpProxy(server.Host!, server.Port);
        var throughProxy = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Host = "127.0.0.1", Port = line.Port, Timeout = 5 };
        var dataDirectory = Directory.CreateTempSubdirectory("madoguchi-outage").FullName;
        await using var node = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b
            .UseEnvironment("Testing")
            .UseSetting("DataDirectory", dataDirectory)
            .UseSetting("Database:Provider", "Postgres")
            .UseSetting("ConnectionStrings:Madoguchi", throughProxy.ConnectionString));
        using var client = node.CreateClient(new() { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/procedures")).StatusCode);

        line.Cut();

        using var api = await client.GetAsync("/api/v1/procedures");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, api.StatusCode);
        Assert.NotNull(api.Headers.RetryAfter);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType!.MediaType);
        Assert.DoesNotContain("   at ", await api.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var page = await client.GetAsync("/");
        var html = await page.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        Assert.NotNull(page.Headers.RetryAfter);
        Assert.Equal("text/html", page.Content.Headers.ContentType!.MediaType);
        Assert.Contains("ただいまご利用いただけません", html, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", html, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/healthz/ready")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz/live")).StatusCode);

        line.Restore();
        var clock = Stopwatch.StartNew();
        var status = HttpStatusCode.ServiceUnavailable;
        while (status != HttpStatusCode.OK && clock.Elapsed < TimeSpan.FromSeconds(10))
        {
            using var again = await client.GetAsync("/api/v1/procedures");
            status = again.StatusCode;
            if (status != HttpStatusCode.OK)
            {
                await Task.Delay(200);
            }
        }
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
        Directory.Delete(dataDirectory, recursive: true);
    }
}
