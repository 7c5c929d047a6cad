using HuijinCardHub.Catalog.Data;
using HuijinCardHub.Catalog.Domain;
using HuijinCardHub.Events;
using HuijinCardHub.Text;
using Microsoft.EntityFrameworkCore;

namespace HuijinCardHub.Catalog.Services;

/// <summary>Creates, changes and removes categories; every write is validated.</summary>
internal sealed class CategoryService(CatalogDbContext db, CatalogCacheVersion cache, IEventPublisher events)
{
    public async Task<IReadOnlyList<Category>> ListAsync(CancellationToken cancellationToken) =>
        await db.Categories.AsNoTracking().OrderBy(c => c.SortOrder).ThenBy(c => c.Id).ToListAsync(cancellationToken);

    public Task<Category?> FindAsync(long id, CancellationToken cancellationToken) =>
        db.Categories.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);

    public Task<Category?> FindBySlugAsync(string slug, CancellationToken cancellationToken) =>
        db.Categories.AsNoTracking().FirstOrDefaultAsync(c => c.Slug == slug, cancellationToken);

    /// <summary>Creates a category when <paramref name="id"/> is null, else changes it.</summary>
    public async Task<Category> SaveAsync(long? id, CategoryInput input, CancellationToken cancellationToken)
    {
        ThrowIfInvalid(input);
        var category = id is null ? null : await db.Categories.FirstOrDefaultAsync(c => c.Id == id, cancellationToken)
            ?? throw new ShopException(new Bilingual("分类不存在", "The category does not exist"));
        if (await db.Categories.AnyAsync(c => c.Slug == input.Slug && c.Id != (id ?? 0), cancellationToken))
        {
            throw new ShopException(new Bilingual($"分类地址「{input.Slug}」已被使用", $"The category address \"{input.Slug}\" is already used"));
        }

        await CheckParentAsync(id, input.ParentId, cancellationToken);
        category ??= db.Categories.Add(new Category { Slug = input.Slug, Name = input.Name }).Entity;
        Apply(category, input);
        await db.SaveChangesAsync(cancellationToken);
        cache.Changed();
        // Goods carry their category: whoever mirrors them (search) sees the change. An empty category has none to tell.
        var goodsIds = await db.Goods.AsNoTracking().Where(g => g.CategoryId == category.Id).Select(g => g.Id).ToListAsync(cancellationToken);
        if (goodsIds.Count > 0)
        {
            await events.PublishAsync(new GoodsChanged(goodsIds), cancellationToken);
        }

        return category;
    }

    /// <summary>Recipes name categories by slug, so a recipe run twice changes them instead of failing.</summary>
    public async Task<Category> UpsertBySlugAsync(CategoryInput input, CancellationToken cancellationToken)
    {
        var existing = await db.Categories.AsNoTracking().FirstOrDefaultAsync(c => c.Slug == input.Slug, cancellationToken);
        return await SaveAsync(existing?.Id, input, cancellationToken);
    }

    /// <summary>Refuses while goods or sub-categories are in it: deleting would hide them from the storefront.</summary>
    public async Task DeleteAsync(long id, CancellationToken cancellationToken)
    {
        if (await db.Goods.AnyAsync(g => g.CategoryId == id, cancellationToken))
        {
            throw new ShopException(new Bilingual("分类下还有商品，请先移走或删除这些商品", "The category still has goods: move or delete them first"));
        }

        if (await db.Categories.AnyAsync(c => c.ParentId == id, cancellationToken))
        {
            throw new ShopException(new Bilingual("分类下还有子分类，请先删除子分类", "The category still has sub-categories: delete them first"));
        }

        await db.Categories.Where(c => c.Id == id).ExecuteDeleteAsync(cancellationToken);
        cache.Changed();
    }

    private async Task CheckParentAsync(long? id, long? parentId, CancellationToken cancellationToken)
    {
        if (parentId is null)
        {
            return;
        }

        var all = await db.Categories.AsNoTracking().Select(c => new { c.Id, c.ParentId }).ToDictionaryAsync(c => c.Id, c => c.ParentId, cancellationToken);
        if (!all.ContainsKey(parentId.Value))
        {
            throw new ShopException(new Bilingual("上级分类不存在", "The parent category does not exist"));
        }

        // Walk up from the new parent: meeting the category itself would make a loop.
        for (long? at = parentId; at is not null; at = all.GetValueOrDefault(at.Value))
        {
            if (at == id)
            {
                throw new ShopException(new Bilingual("不能把分类放到它自己或它的子分类下", "A category cannot be placed under itself or one of its sub-categories"));
            }
        }
    }

    private static void Apply(Category category, CategoryInput input)
    {
        category.Slug = input.Slug;
        category.Name = input.Name.Trim();
        category.ParentId = input.ParentId;
        category.Icon = string.IsNullOrWhiteSpace(input.Icon) ? null : input.Icon.Trim();
        category.SortOrder = input.SortOrder;
        category.Visible = input.Visible;
    }

    private static void ThrowIfInvalid(CategoryInput input)
    {
        var problem = CatalogRules.CheckCategory(input).FirstOrDefault();
        if (problem is not null)
        {
            throw new ShopException(problem);
        }
    }
}
