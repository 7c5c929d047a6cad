using HuijinCardHub.Caching;

namespace HuijinCardHub.CardCodes.Services;

/// <summary>Drops the storefront's cached stock counts whenever codes are imported, reserved, released, sold or voided here.</summary>
internal sealed class StockCountVersion : CacheSignal;
