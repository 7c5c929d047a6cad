using HuijinCardHub.Catalog.Services;

namespace HuijinCardHub.Catalog.Recipes;

/// <summary>A "catalog" step read into inputs, with everything that was wrong in it.</summary>
internal sealed class CatalogRecipeModel
{
    public List<MemberLevelInput> Levels { get; } = [];

    /// <summary>Parents before children.</summary>
    public List<(CategoryInput Input, string? ParentSlug)> Categories { get; } = [];

    public List<RecipeGoods> Goods { get; } = [];

    public List<Text.Bilingual> Problems { get; } = [];
}

/// <summary>A goods as the recipe names it: its category by slug, its visible levels by name, its picture by file.</summary>
/// <param name="ImageFile">A picture shipped beside the recipe (relative path), stored in the shop's picture store.</param>
internal sealed record RecipeGoods(GoodsInput Input, string CategorySlug, IReadOnlyList<string> LevelNames, string? ImageFile = null);
