using System.Linq.Expressions;
using HuijinCardHub.Content.Data;
using HuijinCardHub.Content.Domain;
using HuijinCardHub.Text;
using HuijinCardHub.Time;

namespace HuijinCardHub.Content.Services;

/// <summary>Creates, changes and removes the home page's banners; every write is validated.</summary>
internal sealed class BannerService(ContentDbContext db, IClock clock, StorefrontContentVersion version)
    : ContentItemStore<Banner, BannerInput>(db, clock, version)
{
    protected override Bilingual Missing => new("横幅不存在", "The banner does not exist");

    protected override IQueryable<Banner> InListOrder(IQueryable<Banner> items) => items.OrderBy(b => b.SortOrder).ThenBy(b => b.Id);

    protected override IEnumerable<Bilingual> Check(BannerInput input) => BannerRules.Check(input);

    protected override Banner New(BannerInput input) => new() { Title = input.Title, ImageUrl = input.ImageUrl };

    protected override Expression<Func<Banner, bool>> SameName(BannerInput input)
    {
        var title = input.Title.Trim();
        return b => b.Title == title;
    }

    protected override void Apply(Banner banner, BannerInput input)
    {
        banner.Title = input.Title.Trim();
        banner.ImageUrl = input.ImageUrl.Trim();
        banner.LinkUrl = string.IsNullOrWhiteSpace(input.LinkUrl) ? null : input.LinkUrl.Trim();
        banner.Enabled = input.Enabled;
        banner.SortOrder = input.SortOrder;
        banner.UpdatedUtc = Clock.UtcNow;
    }
}
