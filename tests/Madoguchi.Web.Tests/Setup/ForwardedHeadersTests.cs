using Madoguchi.Web.Tests.Support;

namespace Madoguchi.Web.Tests.Setup;

/// <summary>Behind nginx terminating TLS, the app still knows the request was https.</summary>
public sealed class ForwardedHeadersTests(MadoguchiApp app) : IClassFixture<MadoguchiApp>
{
    [Theory]
    [InlineData("https", true)]
    [InlineData(null, false)]
    public async Task The_antiforgery_cookie_is_secure_when_a_trusted_proxy_says_https(string? forwardedProto, bool secure)
    {
        using var client = app.CreateClient(new() { HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/procedures/doro-tsuho");
        if (forwardedProto is not null)
        {
            request.Headers.Add("X-Forwarded-Proto", forwardedProto);
        }

        using var response = await client.SendAsync(request);

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("madoguchi-csrf=", StringComparison.Ordinal));
        Assert.Equal(secure, cookie.Contains("secure", StringComparison.OrdinalIgnoreCase));
    }
}
