using System.Net;

using Microsoft.AspNetCore.HttpOverrides;

namespace Madoguchi.Web.Setup;

/// <summary>
/// Behind nginx or a cloud load balancer, the resident's address (per-client rate limits) and the
/// https scheme (Secure cookies) arrive in X-Forwarded-For/-Proto. Those headers are believed only
/// from loopback and from the proxies listed in Proxy:KnownProxies / Proxy:KnownNetworks.
/// </summary>
internal static class ProxySetup
{
    public static void AddMadoguchiProxy(this WebApplicationBuilder builder)
    {
        var proxies = Parse(builder.Configuration.GetSection("Proxy:KnownProxies"), (string text, out IPAddress value) => IPAddress.TryParse(text, out value!));
        var networks = Parse(builder.Configuration.GetSection("Proxy:KnownNetworks"), (string text, out System.Net.IPNetwork value) => System.Net.IPNetwork.TryParse(text, out value));
        builder.Services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in proxies)
            {
                o.KnownProxies.Add(proxy);
            }
            foreach (var network in networks)
            {
                o.KnownIPNetworks.Add(network);
            }
        });
    }

    private delegate bool TryParse<T>(string text, out T value);

    private static List<T> Parse<T>(IConfigurationSection section, TryParse<T> tryParse)
    {
        var values = new List<T>();
        foreach (var text in section.Get<string[]>() ?? [])
        {
            values.Add(tryParse(text, out var value) ? value
                : throw new InvalidOperationException($"{section.Path}: '{text}' is not an IP address or network (e.g. 10.0.1.5 or 10.0.1.0/24)."));
        }
        return values;
    }
}
