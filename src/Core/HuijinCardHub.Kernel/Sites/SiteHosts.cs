using HuijinCardHub.Sites;

namespace HuijinCardHub.Kernel.Sites;

/// <summary>Which site a request's host name reaches: its host names first, then the host of its public address.</summary>
internal static class SiteHosts
{
    /// <summary>Once any site lists host names, a host that reaches no site gets 404 instead of the default site.</summary>
    public static bool AnyListed(IReadOnlyList<Site> sites) => sites.Any(s => s.HostNames.Count > 0);

    /// <summary>
    /// Runs on every request: the request's host is normalised once and compared with the sites' names, which the
    /// site store keeps normalised already.
    /// </summary>
    public static Site? Find(IReadOnlyList<Site> sites, string? host)
    {
        if (string.IsNullOrEmpty(host))
        {
            return null;
        }

        var full = HostNames.Normalize(host);
        var bare = HostNames.WithoutPort(full);
        bool Same(string name) => name == full || name == bare;
        return sites.FirstOrDefault(s => s.HostNames.Any(Same))
            ?? sites.FirstOrDefault(s => s.PublicAddress is { } address && Same(PublicAddresses.HostOf(address)));
    }
}
