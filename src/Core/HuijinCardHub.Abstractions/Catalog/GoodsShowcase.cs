namespace HuijinCardHub.Catalog;

/// <param name="Hot">Goods the merchant marked hot, in the merchant's order.</param>
/// <param name="New">The goods added most recently, newest first.</param>
public sealed record GoodsShowcase(IReadOnlyList<ShowcaseGoods> Hot, IReadOnlyList<ShowcaseGoods> New);
