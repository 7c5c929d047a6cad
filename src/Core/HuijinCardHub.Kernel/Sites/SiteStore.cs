using System.Text.Json;
using HuijinCardHub.Kernel.Data;
using HuijinCardHub.Sites;
using HuijinCardHub.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;

namespace HuijinCardHub.Kernel.Sites;

/// <summary>
/// Sub-stations of this shell. There is always exactly one default site. Every storefront request needs
/// the list, so it is kept in the shell's memory: cleared on a save here, refreshed within 30 s elsewhere.
/// </summary>
internal sealed class SiteStore(IServiceProvider services, IMemoryCache cache) : ISiteStore
{
    private const string CacheKey = "kernel:sites";

    // Resolved only on a cache miss or a save: most storefront requests never need a database context.
    private KernelDbContext Db => services.GetRequiredService<KernelDbContext>();

    public async Task<IReadOnlyList<Site>> ListAsync(CancellationToken cancellationToken = default)
    {
        if (cache.TryGetValue(CacheKey, out IReadOnlyList<Site>? cached) && cached is not null)
        {
            return cached;
        }

        var sites = await LoadAsync(cancellationToken);
        cache.Set(CacheKey, sites, TimeSpan.FromSeconds(30));
        return sites;
    }

    private async Task<IReadOnlyList<Site>> LoadAsync(CancellationToken cancellationToken)
    {
        var rows = await Db.Sites.AsNoTracking().OrderByDescending(s => s.IsDefault).ThenBy(s => s.Id).ToListAsync(cancellationToken);
        if (rows.Count == 0)
        {
            return [await SaveAsync(new Site(0, "汇锦卡盟", [], "Jade", null, true, new Dictionary<string, string>()), cancellationToken)];
        }

        return rows.Select(ToSite).ToList();
    }

    public async Task<Site> SaveAsync(Site site, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(site);
        if (string.IsNullOrWhiteSpace(site.Name) || site.Name.Length > 64)
        {
            throw new ShopException(new Bilingual("站点名称不能为空且不超过 64 个字符", "The site name is required and at most 64 characters"));
        }

        string? publicAddress = null;
        if (!string.IsNullOrWhiteSpace(site.PublicAddress) && !PublicAddresses.TryNormalize(site.PublicAddress, out publicAddress))
        {
            throw new ShopException(PublicAddresses.Invalid);
        }

        var db = Db;
        var hosts = site.HostNames.Select(HostNames.Normalize).Where(h => h.Length > 0).Distinct().ToList();
        var row = site.Id == 0 ? null : await db.Sites.FirstOrDefaultAsync(s => s.Id == site.Id, cancellationToken);
        if (row is null)
        {
            row = new SiteRow();
            db.Sites.Add(row);
        }

        var others = await db.Sites.Where(s => s.Id != row.Id).ToListAsync(cancellationToken);
        var taken = others.SelectMany(o => o.HostNames.Split(',', StringSplitOptions.RemoveEmptyEntries)).Intersect(hosts).FirstOrDefault();
        if (taken is not null)
        {
            throw new ShopException(new Bilingual($"域名 {taken} 已被其他分站使用", $"Host name {taken} is already used by another site"));
        }

        row.Name = site.Name.Trim();
        row.HostNames = string.Join(',', hosts);
        row.Theme = string.IsNullOrWhiteSpace(site.Theme) ? "Jade" : site.Theme;
        row.LogoUrl = site.LogoUrl;
        row.SettingsJson = JsonSerializer.Serialize(site.Settings);
        row.PublicAddress = publicAddress;
        row.IsDefault = site.IsDefault || others.Count == 0 || !others.Any(o => o.IsDefault);
        if (row.IsDefault)
        {
            others.ForEach(o => o.IsDefault = false);
        }

        await db.SaveChangesAsync(cancellationToken);
        cache.Remove(CacheKey);
        return ToSite(row);
    }

    internal static Site ToSite(SiteRow row) => new(
        row.Id,
        row.Name,
        row.HostNames.Split(',', StringSplitOptions.RemoveEmptyEntries),
        row.Theme,
        row.LogoUrl,
        row.IsDefault,
        JsonSerializer.Deserialize<Dictionary<string, string>>(row.SettingsJson) ?? [],
        row.PublicAddress);
}
