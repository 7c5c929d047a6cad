using HuijinCardHub.Theming;

namespace HuijinCardHub.Samples.GiftCards.Storefront;

/// <summary><c>Model</c> of the "gift-cards" template: the member's gift-card purchases, newest first.</summary>
[LiquidModel]
internal sealed record GiftCardsViewModel(string UserName, IReadOnlyList<GiftCardRowModel> Purchases);

/// <param name="Numbers">The card numbers issued for the order (empty until delivered).</param>
[LiquidModel]
internal sealed record GiftCardRowModel(string OrderNo, string OrderUrl, string GoodsName, int Quantity, string PaidAt, IReadOnlyList<string> Numbers);
