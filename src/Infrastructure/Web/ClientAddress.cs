using System.Net;
using System.Net.Sockets;

namespace AnalisaAI.Api.Infrastructure.Web;

/// <summary>The key per-client rate limits partition on.</summary>
public static class ClientAddress
{
    private const int Ipv6PrefixBytes = 8;

    /// <summary>
    /// An IPv4 address as itself; an IPv6 address as its /64, since one subscriber usually holds a whole /64
    /// and could otherwise rotate through it to escape a limit. IPv4-mapped IPv6 counts as IPv4.
    /// </summary>
    public static string PartitionKey(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, Ipv6PrefixBytes, bytes.Length - Ipv6PrefixBytes);
        return new IPAddress(bytes) + "/64";
    }
}
