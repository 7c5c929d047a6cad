using HuijinCardHub.Catalog;

namespace HuijinCardHub.Samples.GiftCards.Domain;

/// <summary>
/// The catalogue number this module gives its goods. Plugin kinds start at 100 (the shop keeps lower numbers for
/// itself); a recipe writes the kind as its key, "kind-100".
/// </summary>
internal static class GiftCardKind
{
    public const int CatalogueNumber = 100;

    public static GoodsKind Goods => (GoodsKind)CatalogueNumber;

    public static string Key => GoodsKinds.KeyOf(Goods);
}
