using HuijinCardHub.Catalog.Data;
using HuijinCardHub.Catalog.Domain;
using HuijinCardHub.Data;
using HuijinCardHub.Events;
using HuijinCardHub.Text;
using HuijinCardHub.Time;
using Microsoft.EntityFrameworkCore;

namespace HuijinCardHub.Catalog.Services;

/// <summary>
/// Creates, changes and removes goods with their variants, input fields and wholesale tiers, in one
/// transaction; every price that moves is written to the price log.
/// </summary>
internal sealed class GoodsService(CatalogDbContext db, IUnitOfWork unitOfWork, DescriptionSanitizer sanitizer, PriceLog priceLog, IClock clock, CatalogCacheVersion cache, IEventPublisher events)
{
    public async Task<IReadOnlyList<Goods>> ListAsync(long? categoryId, string? query, CancellationToken cancellationToken)
    {
        var goods = db.Goods.AsNoTracking();
        if (categoryId is not null)
        {
            goods = goods.Where(g => g.CategoryId == categoryId);
        }

        if (!string.IsNullOrWhiteSpace(query))
        {
            var q = query.Trim();
            goods = goods.Where(g => g.Name.Contains(q) || g.Slug.Contains(q));
        }

        return await goods.OrderBy(g => g.SortOrder).ThenBy(g => g.Id).Take(500).ToListAsync(cancellationToken);
    }

    public async Task<GoodsAggregate?> FindAsync(long id, CancellationToken cancellationToken)
    {
        var goods = await db.Goods.AsNoTracking().FirstOrDefaultAsync(g => g.Id == id, cancellationToken);
        return goods is null ? null : await LoadAsync(goods, cancellationToken);
    }

    /// <summary>Creates a goods when <paramref name="id"/> is null, else changes it.</summary>
    public async Task<Goods> SaveAsync(long? id, GoodsInput input, string changedBy, string reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var problem = CatalogRules.CheckGoods(input).FirstOrDefault();
        if (problem is not null)
        {
            throw new ShopException(problem);
        }

        await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
        var goods = id is null ? null : await db.Goods.FirstOrDefaultAsync(g => g.Id == id, cancellationToken)
            ?? throw new ShopException(new Bilingual("商品不存在", "The goods does not exist"));
        if (await db.Goods.AnyAsync(g => g.Slug == input.Slug && g.Id != (id ?? 0), cancellationToken))
        {
            throw new ShopException(new Bilingual($"商品地址「{input.Slug}」已被使用", $"The goods address \"{input.Slug}\" is already used"));
        }

        if (!await db.Categories.AnyAsync(c => c.Id == input.CategoryId, cancellationToken))
        {
            throw new ShopException(new Bilingual("所选分类不存在", "The chosen category does not exist"));
        }

        if (goods is null)
        {
            goods = db.Goods.Add(new Goods { Slug = input.Slug, Name = input.Name, CreatedUtc = clock.UtcNow }).Entity;
            await db.SaveChangesAsync(cancellationToken);
        }

        Apply(goods, input);
        await SaveVariantsAsync(goods, input, changedBy, reason, cancellationToken);
        await ReplaceChildrenAsync(goods.Id, input, cancellationToken);
        await priceLog.SaveAsync(cancellationToken);
        await events.PublishAsync(new GoodsChanged([goods.Id]), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        cache.Changed();
        return goods;
    }

    /// <summary>Recipes name goods by slug, so a recipe run twice changes them instead of failing.</summary>
    public async Task<Goods> UpsertBySlugAsync(GoodsInput input, string changedBy, CancellationToken cancellationToken)
    {
        var existing = await db.Goods.AsNoTracking().FirstOrDefaultAsync(g => g.Slug == input.Slug, cancellationToken);
        if (existing is not null)
        {
            // Match the recipe's variants to the stored ones by name, so their ids (and price history) stay.
            var stored = await db.Variants.AsNoTracking().Where(v => v.GoodsId == existing.Id).ToListAsync(cancellationToken);
            input = input with
            {
                Variants = input.Variants.Select(v => v with { Id = stored.FirstOrDefault(s => s.Name == v.Name)?.Id }).ToList(),
            };
        }

        return await SaveAsync(existing?.Id, input, changedBy, PriceReasons.Recipe, cancellationToken);
    }

    public async Task<bool> DeleteAsync(long id, CancellationToken cancellationToken)
    {
        await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
        await db.Variants.Where(v => v.GoodsId == id).ExecuteDeleteAsync(cancellationToken);
        await db.InputFields.Where(f => f.GoodsId == id).ExecuteDeleteAsync(cancellationToken);
        await db.WholesaleTiers.Where(t => t.GoodsId == id).ExecuteDeleteAsync(cancellationToken);
        var deleted = await db.Goods.Where(g => g.Id == id).ExecuteDeleteAsync(cancellationToken) > 0;
        await events.PublishAsync(new GoodsChanged([id]), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        cache.Changed();
        return deleted;
    }

    /// <summary>Re-prices every variant of the goods that follow their cost; returns how many prices moved.</summary>
    public async Task<int> ApplyDynamicRulesAsync(string changedBy, CancellationToken cancellationToken)
    {
        await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
        var rules = await db.Goods.Where(g => g.FollowCost).Select(g => new { g.Id, g.MarkupBasisPoints, g.RoundTo }).ToListAsync(cancellationToken);
        var moved = 0;
        var repriced = new List<long>();
        foreach (var rule in rules)
        {
            foreach (var variant in await db.Variants.Where(v => v.GoodsId == rule.Id).ToListAsync(cancellationToken))
            {
                var old = variant.Price;
                variant.Price = DynamicPricing.PriceFor(variant.Cost, rule.MarkupBasisPoints, rule.RoundTo);
                if (old != variant.Price)
                {
                    priceLog.Record(variant, old, PriceReasons.FollowCost, changedBy);
                    moved++;
                    repriced.Add(rule.Id);
                }
            }
        }

        await priceLog.SaveAsync(cancellationToken);
        if (repriced.Count > 0)
        {
            await events.PublishAsync(new GoodsChanged(repriced.Distinct().ToList()), cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        cache.Changed();
        return moved;
    }

    private async Task SaveVariantsAsync(Goods goods, GoodsInput input, string changedBy, string reason, CancellationToken cancellationToken)
    {
        var stored = await db.Variants.Where(v => v.GoodsId == goods.Id).ToListAsync(cancellationToken);
        var kept = new HashSet<long>();
        foreach (var given in input.Variants)
        {
            var variant = given.Id is { } variantId ? stored.FirstOrDefault(v => v.Id == variantId) : null;
            var old = variant?.Price ?? Money.Zero;
            if (variant is null)
            {
                variant = db.Variants.Add(new Variant { GoodsId = goods.Id, Name = given.Name }).Entity;
            }
            else
            {
                kept.Add(variant.Id);
            }

            variant.Name = given.Name.Trim();
            variant.Cost = given.Cost;
            variant.ManualStock = given.ManualStock;
            variant.Enabled = given.Enabled;
            variant.SortOrder = given.SortOrder;
            var dynamic = input.Rule.FollowCost;
            variant.Price = dynamic ? DynamicPricing.PriceFor(given.Cost, input.Rule.MarkupBasisPoints, input.Rule.RoundTo) : given.Price;
            var why = dynamic ? PriceReasons.FollowCost : reason;
            priceLog.Record(variant, old, why, changedBy);
        }

        db.Variants.RemoveRange(stored.Where(v => !kept.Contains(v.Id)));
    }

    private async Task ReplaceChildrenAsync(long goodsId, GoodsInput input, CancellationToken cancellationToken)
    {
        db.InputFields.RemoveRange(await db.InputFields.Where(f => f.GoodsId == goodsId).ToListAsync(cancellationToken));
        db.WholesaleTiers.RemoveRange(await db.WholesaleTiers.Where(t => t.GoodsId == goodsId).ToListAsync(cancellationToken));
        var order = 0;
        foreach (var field in input.Inputs)
        {
            db.InputFields.Add(new BuyerInputField
            {
                GoodsId = goodsId,
                Key = field.Key,
                Label = field.Label.Trim(),
                Kind = field.Kind,
                Required = field.Required,
                Pattern = string.IsNullOrWhiteSpace(field.Pattern) ? null : field.Pattern,
                Placeholder = string.IsNullOrWhiteSpace(field.Placeholder) ? null : field.Placeholder.Trim(),
                SortOrder = order += 10,
            });
        }

        foreach (var tier in input.Tiers)
        {
            db.WholesaleTiers.Add(new WholesaleTier { GoodsId = goodsId, MinQuantity = tier.MinQuantity, DiscountBasisPoints = tier.DiscountBasisPoints });
        }
    }

    private void Apply(Goods goods, GoodsInput input)
    {
        goods.Slug = input.Slug;
        goods.Name = input.Name.Trim();
        goods.CategoryId = input.CategoryId;
        goods.Kind = input.Kind;
        goods.Summary = string.IsNullOrWhiteSpace(input.Summary) ? null : input.Summary.Trim();
        goods.DescriptionHtml = sanitizer.Sanitize(input.DescriptionHtml);
        goods.ImageUrl = string.IsNullOrWhiteSpace(input.ImageUrl) ? null : input.ImageUrl.Trim();
        goods.Visible = input.Visible;
        goods.Hot = input.Hot;
        goods.SortOrder = input.SortOrder;
        goods.MinPerOrder = input.MinPerOrder;
        goods.MaxPerOrder = input.MaxPerOrder;
        goods.MaxPerBuyerPerDay = input.MaxPerBuyerPerDay;
        goods.VisibleToLevels = string.Join(',', input.VisibleToLevels.Distinct());
        goods.LowStockThreshold = input.LowStockThreshold;
        goods.FollowCost = input.Rule.FollowCost;
        goods.MarkupBasisPoints = input.Rule.MarkupBasisPoints;
        goods.RoundTo = input.Rule.RoundTo;
    }

    private async Task<GoodsAggregate> LoadAsync(Goods goods, CancellationToken cancellationToken) => new(
        goods,
        await db.Variants.AsNoTracking().Where(v => v.GoodsId == goods.Id).OrderBy(v => v.SortOrder).ThenBy(v => v.Id).ToListAsync(cancellationToken),
        await db.InputFields.AsNoTracking().Where(f => f.GoodsId == goods.Id).OrderBy(f => f.SortOrder).ThenBy(f => f.Id).ToListAsync(cancellationToken),
        await db.WholesaleTiers.AsNoTracking().Where(t => t.GoodsId == goods.Id).OrderBy(t => t.MinQuantity).ToListAsync(cancellationToken));
}
