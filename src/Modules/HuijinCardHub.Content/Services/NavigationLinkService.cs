using HuijinCardHub.Content.Data;
using HuijinCardHub.Content.Domain;
using HuijinCardHub.Text;
using HuijinCardHub.Time;
using Microsoft.EntityFrameworkCore;

namespace HuijinCardHub.Content.Services;

/// <summary>Creates, changes and removes the merchant's own storefront menu links; every write is validated.</summary>
internal sealed class NavigationLinkService(ContentDbContext db, IClock clock, StorefrontContentVersion version)
{
    public async Task<IReadOnlyList<NavigationLink>> ListAsync(CancellationToken cancellationToken) =>
        await db.NavigationLinks.AsNoTracking().OrderBy(l => l.SortOrder).ThenBy(l => l.Id).ToListAsync(cancellationToken);

    public Task<NavigationLink?> FindAsync(long id, CancellationToken cancellationToken) =>
        db.NavigationLinks.AsNoTracking().FirstOrDefaultAsync(l => l.Id == id, cancellationToken);

    /// <summary>Creates a link when <paramref name="id"/> is null, else changes it.</summary>
    public async Task<NavigationLink> SaveAsync(long? id, NavigationLinkInput input, CancellationToken cancellationToken)
    {
        ContentProblems.ThrowIfAny(NavigationLinkInput.Check(input));
        var link = id is null ? Add(input) : await db.NavigationLinks.FirstOrDefaultAsync(l => l.Id == id, cancellationToken)
            ?? throw new ShopException(new Bilingual("菜单项不存在", "The menu link does not exist"));
        Apply(link, input);
        await db.SaveChangesAsync(cancellationToken);
        version.Changed();
        return link;
    }

    /// <summary>Recipes name links by their text: the same recipe run twice changes them instead of adding copies.</summary>
    public async Task UpsertByTextAsync(NavigationLinkInput input, CancellationToken cancellationToken)
    {
        ContentProblems.ThrowIfAny(NavigationLinkInput.Check(input));
        var text = input.Text.Trim();
        var link = await db.NavigationLinks.FirstOrDefaultAsync(l => l.Text == text, cancellationToken) ?? Add(input);
        Apply(link, input);
        await db.SaveChangesAsync(cancellationToken);
        version.Changed();
    }

    public async Task<bool> DeleteAsync(long id, CancellationToken cancellationToken)
    {
        var deleted = await db.NavigationLinks.Where(l => l.Id == id).ExecuteDeleteAsync(cancellationToken) > 0;
        version.Changed();
        return deleted;
    }

    private NavigationLink Add(NavigationLinkInput input) => db.NavigationLinks.Add(new NavigationLink { Text = input.Text, Url = input.Url }).Entity;

    private void Apply(NavigationLink link, NavigationLinkInput input)
    {
        link.Text = input.Text.Trim();
        link.Url = input.Url.Trim();
        link.OpenInNewTab = input.OpenInNewTab;
        link.SortOrder = input.SortOrder;
        link.UpdatedUtc = clock.UtcNow;
    }
}
