using HuijinCardHub.Caching;
using HuijinCardHub.Content.Data;
using HuijinCardHub.Content.Domain;
using HuijinCardHub.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;

namespace HuijinCardHub.Content.Services;

/// <summary>
/// The announcements, banners and menu links the storefront shows, kept in the shell's memory because the
/// layout reads them on every page. The time window is checked on each read, not when cached, so an
/// announcement appears and expires on the minute even while the cached copy lives.
/// </summary>
internal sealed class StorefrontContent(IServiceProvider services, IMemoryCache cache, StorefrontContentVersion version, IClock clock)
{
    private const string Key = "content:storefront";
    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    /// <summary>Visible now: pinned first, then by sort order, newest first.</summary>
    public async Task<IReadOnlyList<Announcement>> AnnouncementsAsync(CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        return (await GetAsync(cancellationToken)).Announcements.Where(a => a.IsVisibleAt(now)).ToList();
    }

    /// <summary>The bar above every page: the newest visible pinned announcement.</summary>
    public async Task<Announcement?> BarAsync(CancellationToken cancellationToken)
    {
        // Every page asks: the pinned ones are sorted once per cached copy, and only the time window is checked here.
        var now = clock.UtcNow;
        foreach (var announcement in (await GetAsync(cancellationToken)).PinnedNewestFirst)
        {
            if (announcement.IsVisibleAt(now))
            {
                return announcement;
            }
        }

        return null;
    }

    public async Task<IReadOnlyList<Banner>> BannersAsync(CancellationToken cancellationToken) =>
        (await GetAsync(cancellationToken)).Banners;

    public async Task<IReadOnlyList<NavigationLink>> LinksAsync(CancellationToken cancellationToken) =>
        (await GetAsync(cancellationToken)).Links;

    private async Task<Snapshot> GetAsync(CancellationToken cancellationToken)
    {
        if (cache.TryGetValue(Key, out Snapshot? snapshot) && snapshot is not null)
        {
            return snapshot;
        }

        var db = services.GetRequiredService<ContentDbContext>();
        snapshot = new Snapshot(
            await db.Announcements.AsNoTracking().Where(a => a.Published)
                .OrderByDescending(a => a.Pinned).ThenBy(a => a.SortOrder).ThenByDescending(a => a.Id).ToListAsync(cancellationToken),
            await db.Banners.AsNoTracking().Where(b => b.Enabled).OrderBy(b => b.SortOrder).ThenBy(b => b.Id).ToListAsync(cancellationToken),
            await db.NavigationLinks.AsNoTracking().OrderBy(l => l.SortOrder).ThenBy(l => l.Id).ToListAsync(cancellationToken));
        using var entry = cache.CreateEntry(Key);
        entry.Value = snapshot;
        entry.AbsoluteExpirationRelativeToNow = Lifetime;
        entry.AddExpirationToken(version.Token);
        return snapshot;
    }

    private sealed record Snapshot(IReadOnlyList<Announcement> Announcements, IReadOnlyList<Banner> Banners, IReadOnlyList<NavigationLink> Links)
    {
        public IReadOnlyList<Announcement> PinnedNewestFirst { get; } =
            Announcements.Where(a => a.Pinned).OrderByDescending(a => a.ShownDateUtc).ThenByDescending(a => a.Id).ToList();
    }
}

/// <summary>Drops the shell's cached storefront content when an announcement, banner or menu link changes.</summary>
internal sealed class StorefrontContentVersion : CacheSignal;
