using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Configuration;

namespace Ektu.Qa.Kernel.Web;

/// <summary>
/// X-Forwarded-For / X-Forwarded-Proto are believed only from the TLS proxies named in configuration (and loopback): from
/// anyone else they would let a client choose its own IP (and so its sign-in limit) or pretend to be on HTTPS.
/// </summary>
internal static class ForwardedHeadersSetup
{
    public const string KnownProxiesKey = "ForwardedHeaders:KnownProxies";
    public const string KnownNetworksKey = "ForwardedHeaders:KnownNetworks";

    public static ForwardedHeadersOptions From(IConfiguration configuration)
    {
        var options = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto };
        foreach (var proxy in configuration.GetSection(KnownProxiesKey).Get<string[]>() ?? [])
            options.KnownProxies.Add(IPAddress.TryParse(proxy, out var ip) ? ip : throw Invalid(KnownProxiesKey, proxy));
        foreach (var network in configuration.GetSection(KnownNetworksKey).Get<string[]>() ?? [])
            options.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(network, out var n) ? n : throw Invalid(KnownNetworksKey, network));
        return options;
    }

    private static InvalidOperationException Invalid(string key, string value) => new($"{key}: '{value}' is not an IP address or a CIDR network.");
}
