using System.Linq.Expressions;
using HuijinCardHub.Content.Data;
using HuijinCardHub.Content.Domain;
using HuijinCardHub.Text;
using HuijinCardHub.Time;

namespace HuijinCardHub.Content.Services;

/// <summary>Creates, changes and removes the merchant's own storefront menu links; every write is validated.</summary>
internal sealed class NavigationLinkService(ContentDbContext db, IClock clock, StorefrontContentVersion version)
    : ContentItemStore<NavigationLink, NavigationLinkInput>(db, clock, version)
{
    protected override Bilingual Missing => new("菜单项不存在", "The menu link does not exist");

    protected override IQueryable<NavigationLink> InListOrder(IQueryable<NavigationLink> items) => items.OrderBy(l => l.SortOrder).ThenBy(l => l.Id);

    protected override IEnumerable<Bilingual> Check(NavigationLinkInput input) => NavigationLinkInput.Check(input);

    protected override NavigationLink New(NavigationLinkInput input) => new() { Text = input.Text, Url = input.Url };

    protected override Expression<Func<NavigationLink, bool>> SameName(NavigationLinkInput input)
    {
        var text = input.Text.Trim();
        return l => l.Text == text;
    }

    protected override void Apply(NavigationLink link, NavigationLinkInput input)
    {
        link.Text = input.Text.Trim();
        link.Url = input.Url.Trim();
        link.OpenInNewTab = input.OpenInNewTab;
        link.SortOrder = input.SortOrder;
        link.UpdatedUtc = Clock.UtcNow;
    }
}
