using HuijinCardHub.Theming;

namespace HuijinCardHub.Catalog;

/// <summary>A goods card as a storefront template shows it (readable from Liquid).</summary>
/// <param name="ImageUrl">Null when the goods has no picture: the template shows a placeholder.</param>
/// <param name="Price">The lowest price, yuan text ("9.80").</param>
[LiquidModel]
public sealed record ShowcaseGoods(string Name, string Url, string? ImageUrl, string Price, bool Hot, string KindText);
