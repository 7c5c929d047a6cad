using HuijinCardHub.Sites;

namespace HuijinCardHub.Kernel.Sites;

/// <summary>Which site a request's host name reaches: its host names first, then the host of its public address.</summary>
internal static class SiteHosts
{
    /// <summary>Once any site lists host names, a host that reaches no site gets 404 instead of the default site.</summary>
    public static bool AnyListed(IReadOnlyList<Site> sites) => sites.Any(s => s.HostNames.Count > 0);

    public static Site? Find(IReadOnlyList<Site> sites, string? host) =>
        host is null ? null
            : sites.FirstOrDefault(s => HostNames.Matches(s.HostNames, host))
              ?? sites.FirstOrDefault(s => s.PublicAddress is { } address && HostNames.Matches([new Uri(address).Authority], host));
}
