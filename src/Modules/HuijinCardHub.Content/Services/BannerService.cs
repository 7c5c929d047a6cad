using HuijinCardHub.Content.Data;
using HuijinCardHub.Content.Domain;
using HuijinCardHub.Text;
using HuijinCardHub.Time;
using Microsoft.EntityFrameworkCore;

namespace HuijinCardHub.Content.Services;

/// <summary>Creates, changes and removes the home page's banners; every write is validated.</summary>
internal sealed class BannerService(ContentDbContext db, IClock clock, StorefrontContentVersion version)
{
    public async Task<IReadOnlyList<Banner>> ListAsync(CancellationToken cancellationToken) =>
        await db.Banners.AsNoTracking().OrderBy(b => b.SortOrder).ThenBy(b => b.Id).ToListAsync(cancellationToken);

    public Task<Banner?> FindAsync(long id, CancellationToken cancellationToken) =>
        db.Banners.AsNoTracking().FirstOrDefaultAsync(b => b.Id == id, cancellationToken);

    /// <summary>Creates a banner when <paramref name="id"/> is null, else changes it.</summary>
    public async Task<Banner> SaveAsync(long? id, BannerInput input, CancellationToken cancellationToken)
    {
        ContentProblems.ThrowIfAny(BannerRules.Check(input));
        var banner = id is null ? Add(input) : await db.Banners.FirstOrDefaultAsync(b => b.Id == id, cancellationToken)
            ?? throw new ShopException(new Bilingual("横幅不存在", "The banner does not exist"));
        Apply(banner, input);
        await db.SaveChangesAsync(cancellationToken);
        version.Changed();
        return banner;
    }

    /// <summary>Recipes name banners by title: the same recipe run twice changes them instead of adding copies.</summary>
    public async Task UpsertByTitleAsync(BannerInput input, CancellationToken cancellationToken)
    {
        ContentProblems.ThrowIfAny(BannerRules.Check(input));
        var title = input.Title.Trim();
        var banner = await db.Banners.FirstOrDefaultAsync(b => b.Title == title, cancellationToken) ?? Add(input);
        Apply(banner, input);
        await db.SaveChangesAsync(cancellationToken);
        version.Changed();
    }

    public async Task<bool> DeleteAsync(long id, CancellationToken cancellationToken)
    {
        var deleted = await db.Banners.Where(b => b.Id == id).ExecuteDeleteAsync(cancellationToken) > 0;
        version.Changed();
        return deleted;
    }

    private Banner Add(BannerInput input) => db.Banners.Add(new Banner { Title = input.Title, ImageUrl = input.ImageUrl }).Entity;

    private void Apply(Banner banner, BannerInput input)
    {
        banner.Title = input.Title.Trim();
        banner.ImageUrl = input.ImageUrl.Trim();
        banner.LinkUrl = string.IsNullOrWhiteSpace(input.LinkUrl) ? null : input.LinkUrl.Trim();
        banner.Enabled = input.Enabled;
        banner.SortOrder = input.SortOrder;
        banner.UpdatedUtc = clock.UtcNow;
    }
}
