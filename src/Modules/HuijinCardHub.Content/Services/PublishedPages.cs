using HuijinCardHub.Caching;
using HuijinCardHub.Content.Data;
using HuijinCardHub.Content.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;

namespace HuijinCardHub.Content.Services;

/// <summary>
/// What the storefront shows of the pages, kept in the shell's memory so the home page and the layout's
/// navigation cost no database trip. A save on this node clears it at once; other nodes sharing the
/// database see the change when their copy expires.
/// </summary>
internal sealed class PublishedPages(IServiceProvider services, IMemoryCache cache, PublishedPagesVersion version)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    public Task<IReadOnlyList<Page>> ListAsync(CancellationToken cancellationToken) =>
        GetAsync<IReadOnlyList<Page>>("content:published", async () =>
            await services.GetRequiredService<ContentDbContext>().Pages.AsNoTracking().Where(p => p.Published).OrderBy(p => p.SortOrder).ThenBy(p => p.Id).ToListAsync(cancellationToken));

    public async Task<Page?> FindAsync(string slug, CancellationToken cancellationToken) =>
        (await ListAsync(cancellationToken)).FirstOrDefault(p => p.Slug == slug);

    private async Task<T> GetAsync<T>(string key, Func<Task<T>> load)
    {
        if (cache.TryGetValue(key, out T? value) && value is not null)
        {
            return value;
        }

        value = await load();
        using var entry = cache.CreateEntry(key);
        entry.Value = value;
        entry.AbsoluteExpirationRelativeToNow = Lifetime;
        entry.AddExpirationToken(version.Token);
        return value;
    }
}

/// <summary>Drops every cached page list of the shell when any page changes.</summary>
internal sealed class PublishedPagesVersion : CacheSignal;
