using HuijinCardHub.Catalog.Domain;

namespace HuijinCardHub.Catalog.Services;

/// <summary>A goods with everything stored beside it.</summary>
internal sealed record GoodsAggregate(Goods Goods, IReadOnlyList<Variant> Variants, IReadOnlyList<BuyerInputField> Inputs, IReadOnlyList<WholesaleTier> Tiers);
