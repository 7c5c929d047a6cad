using HuijinCardHub.Kernel.Shells;
using HuijinCardHub.Sites;
using Microsoft.Extensions.Configuration;

namespace HuijinCardHub.Kernel.Sites;

/// <summary>
/// Links from configured addresses only: the site's public address; a sub-station without one uses its first host
/// name on the main site's scheme; a shop without any uses the address the host listens on. The request's Host
/// header never takes part.
/// </summary>
internal sealed class PublicLinks(ISiteStore sites, ISiteAccessor current, ShellSettings shell, IConfiguration configuration) : IPublicLinks
{
    public async Task<string> BuildAsync(string path, long? siteId = null, CancellationToken cancellationToken = default)
    {
        var all = await sites.ListAsync(cancellationToken);
        var main = all.First(s => s.IsDefault);
        var site = siteId is { } id ? all.FirstOrDefault(s => s.Id == id) ?? main : await current.GetCurrentAsync(cancellationToken);
        return PublicAddresses.Combine(AddressOf(site, main), path);
    }

    private string AddressOf(Site site, Site main)
    {
        if (site.PublicAddress is { Length: > 0 } own)
        {
            return own;
        }

        var mainAddress = main.PublicAddress is { Length: > 0 } configured ? configured : ListeningAddress.Of(configuration, shell.RequestUrlPrefix);
        return site.Id != main.Id && site.HostNames.Count > 0
            && PublicAddresses.TryNormalize($"{new Uri(mainAddress).Scheme}://{site.HostNames[0]}", out var byHostName)
            ? byHostName
            : mainAddress;
    }
}
