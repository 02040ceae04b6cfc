using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace AnalisaAI.Api.Infrastructure.Web;

/// <summary>
/// Trusts exactly the configured proxies. ASP.NET Core trusts loopback by default; that default is cleared,
/// so nothing is trusted unless configured. Through a chain of trusted proxies the client is the first
/// address, walking X-Forwarded-For back from the connection, that is not itself a trusted proxy.
/// </summary>
public sealed class ConfigureForwardedHeaders(IOptions<TrustedProxyOptions> trusted) : IConfigureOptions<ForwardedHeadersOptions>
{
    public void Configure(ForwardedHeadersOptions options)
    {
        // With no trusted proxy nothing is forwarded, even if the host adds the middleware by itself
        // (ASPNETCORE_FORWARDEDHEADERS_ENABLED), which would otherwise believe every sender.
        if (trusted.Value.KnownProxies.Count == 0 && trusted.Value.KnownNetworks.Count == 0)
        {
            options.ForwardedHeaders = ForwardedHeaders.None;
            return;
        }

        options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        options.ForwardLimit = null;
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var proxy in trusted.Value.KnownProxies)
        {
            options.KnownProxies.Add(IPAddress.Parse(proxy));
        }

        foreach (var network in trusted.Value.KnownNetworks)
        {
            options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        }
    }
}
