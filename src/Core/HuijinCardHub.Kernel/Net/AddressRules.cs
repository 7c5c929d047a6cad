using System.Net;
using System.Net.Sockets;

namespace HuijinCardHub.Kernel.Net;

/// <summary>
/// Which addresses the shop may call without the owner's say-so: public unicast only. Everything that reaches this
/// machine, a private or carrier network, a cloud metadata service, or a reserved range is refused, including the
/// IPv6 forms that carry an IPv4 address inside (mapped, compatible, NAT64, 6to4).
/// </summary>
internal static class AddressRules
{
    private static readonly IPNetwork[] Refused =
    [
        .. new[]
        {
            "0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12", "192.0.0.0/24",
            "192.0.2.0/24", "192.88.99.0/24", "192.168.0.0/16", "198.18.0.0/15", "198.51.100.0/24", "203.0.113.0/24",
            "224.0.0.0/4", "240.0.0.0/4",
            "::/128", "::1/128", "64:ff9b:1::/48", "100::/64", "2001::/23", "2001:db8::/32", "fc00::/7", "fe80::/10",
            "fec0::/10", "ff00::/8",
        }.Select(IPNetwork.Parse),
    ];

    /// <summary>IPv6 ranges whose last (or, for 6to4, second) 32 bits are an IPv4 address that decides.</summary>
    private static readonly IPNetwork Compatible = IPNetwork.Parse("::/96");
    private static readonly IPNetwork Nat64 = IPNetwork.Parse("64:ff9b::/96");
    private static readonly IPNetwork SixToFour = IPNetwork.Parse("2002::/16");

    public static bool IsPublic(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6)
        {
            return IsPublic(address.MapToIPv4());
        }

        if (Refused.Any(n => n.Contains(address)))
        {
            return false;
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return true;
        }

        var bytes = address.GetAddressBytes();
        return Compatible.Contains(address) || Nat64.Contains(address) ? IsPublic(new IPAddress(bytes[12..16]))
            : !SixToFour.Contains(address) || IsPublic(new IPAddress(bytes[2..6]));
    }
}
