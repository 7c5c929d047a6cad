using System.Net;
using System.Net.Sockets;

namespace HuijinCardHub.Orders.Services;

/// <summary>
/// The visitor address as throttles count it: an IPv4 address as it is, an IPv6 address by its /64 network,
/// since one subscriber commonly holds a whole /64 and could otherwise take a new address for every attempt.
/// </summary>
internal static class VisitorKey
{
    public static string Of(IPAddress? address)
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
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}
