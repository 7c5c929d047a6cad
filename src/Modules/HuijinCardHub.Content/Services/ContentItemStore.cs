using System.Linq.Expressions;
using HuijinCardHub.Content.Data;
using HuijinCardHub.Text;
using HuijinCardHub.Time;
using Microsoft.EntityFrameworkCore;

namespace HuijinCardHub.Content.Services;

/// <summary>
/// What announcements, banners and menu links share: list, find, validated create-or-change, the recipes' upsert by
/// name, delete; every write drops the storefront's content cache. Each kind says only what differs.
/// </summary>
internal abstract class ContentItemStore<TItem, TInput>(ContentDbContext db, IClock clock, StorefrontContentVersion version)
    where TItem : class
{
    protected IClock Clock => clock;

    private DbSet<TItem> Items => db.Set<TItem>();

    /// <summary>The admin list's order.</summary>
    protected abstract IQueryable<TItem> InListOrder(IQueryable<TItem> items);

    protected abstract IEnumerable<Bilingual> Check(TInput input);

    /// <summary>"横幅不存在": the item to change is gone.</summary>
    protected abstract Bilingual Missing { get; }

    /// <summary>The new item with its required members; <see cref="Apply"/> sets the rest.</summary>
    protected abstract TItem New(TInput input);

    protected abstract void Apply(TItem item, TInput input);

    /// <summary>How recipes name an item (a title, a link's text), so running one twice changes it instead of adding a copy.</summary>
    protected abstract Expression<Func<TItem, bool>> SameName(TInput input);

    public async Task<IReadOnlyList<TItem>> ListAsync(CancellationToken cancellationToken) =>
        await InListOrder(Items.AsNoTracking()).ToListAsync(cancellationToken);

    public Task<TItem?> FindAsync(long id, CancellationToken cancellationToken) =>
        Items.AsNoTracking().FirstOrDefaultAsync(ById(id), cancellationToken);

    /// <summary>Creates an item when <paramref name="id"/> is null, else changes it.</summary>
    public async Task<TItem> SaveAsync(long? id, TInput input, CancellationToken cancellationToken)
    {
        ContentProblems.ThrowIfAny(Check(input));
        var item = id is null ? Add(input) : await Items.FirstOrDefaultAsync(ById(id.Value), cancellationToken) ?? throw new ShopException(Missing);
        Apply(item, input);
        await db.SaveChangesAsync(cancellationToken);
        version.Changed();
        return item;
    }

    /// <summary>The recipes' write: changes the item of the same name, or adds it.</summary>
    public async Task UpsertByNameAsync(TInput input, CancellationToken cancellationToken)
    {
        ContentProblems.ThrowIfAny(Check(input));
        var item = await Items.FirstOrDefaultAsync(SameName(input), cancellationToken) ?? Add(input);
        Apply(item, input);
        await db.SaveChangesAsync(cancellationToken);
        version.Changed();
    }

    public async Task<bool> DeleteAsync(long id, CancellationToken cancellationToken)
    {
        var deleted = await Items.Where(ById(id)).ExecuteDeleteAsync(cancellationToken) > 0;
        version.Changed();
        return deleted;
    }

    private TItem Add(TInput input) => Items.Add(New(input)).Entity;

    private static Expression<Func<TItem, bool>> ById(long id) => item => EF.Property<long>(item, "Id") == id;
}
