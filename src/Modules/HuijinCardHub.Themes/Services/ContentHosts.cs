using HuijinCardHub.Security;
using HuijinCardHub.Settings;
using HuijinCardHub.Themes.Domain;

namespace HuijinCardHub.Themes.Services;

/// <summary>The owner's listed content hosts for the CSP; an entry that is not a plain host name (a recipe can bypass the form) is left out.</summary>
internal sealed class ContentHosts(ISettingsStore settings) : IContentHosts
{
    public async Task<IReadOnlyList<string>> ListAsync(CancellationToken cancellationToken = default) =>
        ContentHostList.Split((await settings.GetAsync<ContentHostsSettings>(cancellationToken)).Hosts).Where(ContentHostList.IsValid).ToList();
}
