namespace HuijinCardHub.Catalog;

/// <param name="MaxPerBuyerPerDay">Null: no daily limit.</param>
public sealed record PurchaseLimits(int MinPerOrder, int MaxPerOrder, int? MaxPerBuyerPerDay);
