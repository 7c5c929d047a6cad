using HuijinCardHub.Catalog.Data;
using HuijinCardHub.Catalog.Domain;
using HuijinCardHub.Text;
using Microsoft.EntityFrameworkCore;

namespace HuijinCardHub.Catalog.Services;

/// <summary>Member levels: name, discount and the lifetime spend that reaches them.</summary>
internal sealed class MemberLevelService(CatalogDbContext db, CatalogCacheVersion cache)
{
    public async Task<IReadOnlyList<MemberLevel>> ListAsync(CancellationToken cancellationToken) =>
        await db.MemberLevels.AsNoTracking().OrderBy(l => l.SortOrder).ThenBy(l => l.Threshold).ThenBy(l => l.Id).ToListAsync(cancellationToken);

    public Task<MemberLevel?> FindAsync(long id, CancellationToken cancellationToken) =>
        db.MemberLevels.AsNoTracking().FirstOrDefaultAsync(l => l.Id == id, cancellationToken);

    public async Task<MemberLevel> SaveAsync(long? id, MemberLevelInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var problem = CatalogRules.CheckLevel(input).FirstOrDefault();
        if (problem is not null)
        {
            throw new ShopException(problem);
        }

        var level = id is null ? null : await db.MemberLevels.FirstOrDefaultAsync(l => l.Id == id, cancellationToken)
            ?? throw new ShopException(new Bilingual("会员等级不存在", "The member level does not exist"));
        var name = input.Name.Trim();
        if (await db.MemberLevels.AnyAsync(l => l.Name == name && l.Id != (id ?? 0), cancellationToken))
        {
            throw new ShopException(new Bilingual($"会员等级「{name}」已存在", $"The member level \"{name}\" already exists"));
        }

        level ??= db.MemberLevels.Add(new MemberLevel { Name = name }).Entity;
        level.Name = name;
        level.DiscountBasisPoints = input.DiscountBasisPoints;
        level.Threshold = input.Threshold;
        level.SortOrder = input.SortOrder;
        await db.SaveChangesAsync(cancellationToken);
        cache.Changed();
        return level;
    }

    /// <summary>Recipes name levels by name.</summary>
    public async Task<MemberLevel> UpsertByNameAsync(MemberLevelInput input, CancellationToken cancellationToken)
    {
        var name = input.Name.Trim();
        var existing = await db.MemberLevels.AsNoTracking().FirstOrDefaultAsync(l => l.Name == name, cancellationToken);
        return await SaveAsync(existing?.Id, input, cancellationToken);
    }

    public async Task<bool> DeleteAsync(long id, CancellationToken cancellationToken)
    {
        var deleted = await db.MemberLevels.Where(l => l.Id == id).ExecuteDeleteAsync(cancellationToken) > 0;
        cache.Changed();
        return deleted;
    }
}
