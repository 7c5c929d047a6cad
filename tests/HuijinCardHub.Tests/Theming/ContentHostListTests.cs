using HuijinCardHub.Themes.Domain;
using Xunit;

namespace HuijinCardHub.Tests.Theming;

/// <summary>What the owner may list as a content host for the CSP: plain https host names, nothing wider.</summary>
public sealed class ContentHostListTests
{
    [Theory]
    [InlineData("cdn.example.com", true)]
    [InlineData("img-1.cdn.example.com", true)]
    [InlineData("*.img-cdn.example.net", true)]
    [InlineData("*", false)]
    [InlineData("*.com", false)]
    [InlineData("*.*.example.com", false)]
    [InlineData("https://cdn.example.com", false)]
    [InlineData("cdn.example.com/path", false)]
    [InlineData("cdn.example.com:8443", false)]
    [InlineData("localhost", false)]
    [InlineData("cdn.example.com;script-src", false)]
    [InlineData("'unsafe-inline'", false)]
    [InlineData("-bad.example.com", false)]
    public void A_host_is_a_plain_name_or_a_wildcard_below_a_registered_domain(string host, bool allowed)
    {
        Assert.Equal(allowed, new ContentHostListAttribute().IsValid(host));
    }

    [Fact]
    public void A_list_is_split_on_lines_commas_and_spaces_and_every_entry_must_be_valid()
    {
        Assert.Equal(["cdn.example.com", "static.example.org"], ContentHostList.Split("CDN.example.com\r\nstatic.example.org, cdn.example.com"));
        Assert.True(new ContentHostListAttribute().IsValid("cdn.example.com\nstatic.example.org"));
        Assert.False(new ContentHostListAttribute().IsValid("cdn.example.com\n*.com"));
        Assert.True(new ContentHostListAttribute().IsValid(""));
    }
}
