using HuijinCardHub.Theming;

namespace HuijinCardHub.Catalog.Storefront;

/// <summary><c>Model</c> of the "category" template.</summary>
[LiquidModel]
internal sealed record CategoryViewModel(CategoryLinkModel Category, IReadOnlyList<CategoryLinkModel> Path, IReadOnlyList<CategoryLinkModel> Children, IReadOnlyList<GoodsCardModel> Goods);

/// <summary><c>Model</c> of the "goods" template. Prices are yuan text ("9.80") for the visitor's level.</summary>
[LiquidModel]
internal sealed record GoodsViewModel(
    long Id,
    string Name,
    string Slug,
    string Url,
    string Kind,
    string KindText,
    string? Summary,
    string DescriptionHtml,
    string? ImageUrl,
    CategoryLinkModel? Category,
    string? LevelName,
    int MinPerOrder,
    int MaxPerOrder,
    int? MaxPerBuyerPerDay,
    bool InStock,
    string StockText,
    IReadOnlyList<VariantOptionModel> Variants,
    IReadOnlyList<InputFieldModel> Inputs,
    IReadOnlyList<TierModel> Wholesale);

[LiquidModel]
internal sealed record VariantOptionModel(long Id, string Name, string Price, string ListPrice, bool Discounted, bool InStock, string StockText);

/// <param name="InputType">The HTML input type: text, tel, email, number.</param>
[LiquidModel]
internal sealed record InputFieldModel(string Key, string Label, string InputType, bool Required, string? Pattern, string? Placeholder);

[LiquidModel]
internal sealed record TierModel(int MinQuantity, string Discount);

/// <summary><c>Model</c> of the "search" template.</summary>
[LiquidModel]
internal sealed record SearchViewModel(string Query, int Count, IReadOnlyList<GoodsCardModel> Goods);

[LiquidModel]
internal sealed record CategoryLinkModel(string Slug, string Name, string? Icon, string Url);

[LiquidModel]
internal sealed record GoodsCardModel(string Name, string Slug, string Url, string? Summary, string? ImageUrl, string Price, bool Hot, string KindText);
