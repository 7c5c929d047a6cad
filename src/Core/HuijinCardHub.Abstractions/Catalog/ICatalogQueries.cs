namespace HuijinCardHub.Catalog;

/// <summary>Read-only view of the catalogue for other modules (orders, card codes, search).</summary>
public interface ICatalogQueries
{
    Task<GoodsDetail?> GetGoodsAsync(long goodsId, CancellationToken cancellationToken = default);

    Task<GoodsDetail?> FindGoodsBySlugAsync(string slug, CancellationToken cancellationToken = default);

    /// <summary>Every goods, visible or not, in sort order.</summary>
    Task<IReadOnlyList<GoodsSummary>> ListGoodsAsync(CancellationToken cancellationToken = default);

    Task<IReadOnlyList<MemberLevelInfo>> ListMemberLevelsAsync(CancellationToken cancellationToken = default);

    /// <summary>The highest level whose threshold the lifetime spend reaches; null when none does.</summary>
    Task<MemberLevelInfo?> LevelForSpendAsync(Money lifetimeSpend, CancellationToken cancellationToken = default);
}
