using System.Net;
using HuijinCardHub.Orders.Services;

namespace HuijinCardHub.Tests.Orders;

/// <summary>Throttles count an IPv6 visitor by network: one subscriber's /64 is one visitor, however many addresses it takes.</summary>
public sealed class VisitorKeyTests
{
    [Theory]
    [InlineData("203.0.113.7", "203.0.113.7")]
    [InlineData("::ffff:203.0.113.7", "203.0.113.7")]
    [InlineData("2001:db8:1:2:aaaa:bbbb:cccc:dddd", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:2::1", "2001:db8:1:2::/64")]
    public void A_visitor_is_counted_by_address_or_by_ipv6_network(string address, string key) =>
        Assert.Equal(key, VisitorKey.Of(IPAddress.Parse(address)));

    [Fact]
    public void A_request_without_an_address_shares_one_key() => Assert.Equal("unknown", VisitorKey.Of(null));
}
