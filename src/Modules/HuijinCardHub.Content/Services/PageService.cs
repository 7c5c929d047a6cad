using HuijinCardHub.Content.Data;
using HuijinCardHub.Content.Domain;
using HuijinCardHub.Text;
using HuijinCardHub.Time;
using Microsoft.EntityFrameworkCore;

namespace HuijinCardHub.Content.Services;

/// <summary>Creates, changes and removes pages; every write is validated and its body sanitized.</summary>
internal sealed class PageService(ContentDbContext db, PageBodySanitizer sanitizer, IClock clock, PublishedPagesVersion published)
{
    public async Task<IReadOnlyList<Page>> ListAsync(CancellationToken cancellationToken) =>
        await db.Pages.AsNoTracking().OrderBy(p => p.SortOrder).ThenBy(p => p.Id).ToListAsync(cancellationToken);

    public Task<Page?> FindAsync(long id, CancellationToken cancellationToken) =>
        db.Pages.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);

    /// <summary>Creates a page when <paramref name="id"/> is null, else changes it.</summary>
    public async Task<Page> SaveAsync(long? id, PageInput input, CancellationToken cancellationToken)
    {
        ThrowIfInvalid(input);
        var page = id is null ? null : await db.Pages.FirstOrDefaultAsync(p => p.Id == id, cancellationToken)
            ?? throw new ShopException(new Bilingual("页面不存在", "The page does not exist"));
        if (await db.Pages.AnyAsync(p => p.Slug == input.Slug && p.Id != (id ?? 0), cancellationToken))
        {
            throw new ShopException(new Bilingual($"页面地址「{input.Slug}」已被使用", $"The page address \"{input.Slug}\" is already used"));
        }

        page ??= db.Pages.Add(new Page { Slug = input.Slug, Title = input.Title }).Entity;
        Apply(page, input);
        await db.SaveChangesAsync(cancellationToken);
        published.Changed();
        return page;
    }

    /// <summary>Recipes name pages by slug: the same recipe run twice changes the page instead of failing.</summary>
    public async Task UpsertBySlugAsync(PageInput input, CancellationToken cancellationToken)
    {
        ThrowIfInvalid(input);
        var page = await db.Pages.FirstOrDefaultAsync(p => p.Slug == input.Slug, cancellationToken)
            ?? db.Pages.Add(new Page { Slug = input.Slug, Title = input.Title }).Entity;
        Apply(page, input);
        await db.SaveChangesAsync(cancellationToken);
        published.Changed();
    }

    public async Task<bool> DeleteAsync(long id, CancellationToken cancellationToken)
    {
        var deleted = await db.Pages.Where(p => p.Id == id).ExecuteDeleteAsync(cancellationToken) > 0;
        published.Changed();
        return deleted;
    }

    private void Apply(Page page, PageInput input)
    {
        page.Slug = input.Slug;
        page.Title = input.Title.Trim();
        page.BodyHtml = sanitizer.Sanitize(input.BodyHtml);
        page.Published = input.Published;
        page.ShowInNavigation = input.ShowInNavigation;
        page.SortOrder = input.SortOrder;
        page.UpdatedUtc = clock.UtcNow;
    }

    private static void ThrowIfInvalid(PageInput input)
    {
        var problem = PageRules.Check(input).FirstOrDefault();
        if (problem is not null)
        {
            throw new ShopException(problem);
        }
    }
}
