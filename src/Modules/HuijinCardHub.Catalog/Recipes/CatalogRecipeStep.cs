using System.Text.Json.Nodes;
using HuijinCardHub.Catalog.Services;
using HuijinCardHub.Catalog.Services.Images;
using HuijinCardHub.Recipes;
using HuijinCardHub.Text;
using Microsoft.Extensions.DependencyInjection;

namespace HuijinCardHub.Catalog.Recipes;

/// <summary>
/// <c>{"name":"catalog","levels":[...],"categories":[{"slug":"hot-games","name":"热门网游","children":[...]}],
/// "goods":[{"slug":"qq-coins-10","name":"Q币 10元","category":"hot-games","kind":"Code","variants":[{"name":"10元","price":"9.80","cost":"9.20"}]}]}</c>.
/// Levels are matched by name, categories and goods by slug: a recipe run twice updates them.
/// </summary>
internal sealed class CatalogRecipeStep : IRecipeStep
{
    public string Name => "catalog";

    public IEnumerable<Bilingual> Validate(JsonObject step, RecipeValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(step);
        if (step["levels"] is null && step["categories"] is null && step["goods"] is null)
        {
            return [new Bilingual("catalog 步骤需要 levels、categories 或 goods", "The catalog step needs \"levels\", \"categories\" or \"goods\"")];
        }

        ArgumentNullException.ThrowIfNull(context);
        var model = CatalogRecipeReader.Read(step);
        return model.Problems.Concat(model.Goods
            .Where(g => g.ImageFile is not null)
            .Select(g => RecipeImageFile.Resolve(context.Folder, g.Input.Slug, g.ImageFile!).Problem)
            .OfType<Bilingual>());
    }

    public async Task ExecuteAsync(JsonObject step, RecipeExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(step);
        ArgumentNullException.ThrowIfNull(context);
        var model = CatalogRecipeReader.Read(step);
        if (model.Problems.Count > 0)
        {
            throw new ShopException(model.Problems[0]);
        }

        var services = context.Services;
        var levelIds = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var level in model.Levels)
        {
            levelIds[level.Name] = (await services.GetRequiredService<MemberLevelService>().UpsertByNameAsync(level, cancellationToken)).Id;
        }

        var categories = services.GetRequiredService<CategoryService>();
        foreach (var (input, parentSlug) in model.Categories)
        {
            var parentId = parentSlug is null ? (long?)null : (await categories.FindBySlugAsync(parentSlug, cancellationToken))!.Id;
            await categories.UpsertBySlugAsync(input with { ParentId = parentId }, cancellationToken);
        }

        var goods = services.GetRequiredService<GoodsService>();
        foreach (var item in model.Goods)
        {
            var category = await categories.FindBySlugAsync(item.CategorySlug, cancellationToken)
                ?? throw new ShopException(new Bilingual($"商品「{item.Input.Slug}」的分类「{item.CategorySlug}」不存在", $"The category \"{item.CategorySlug}\" of goods \"{item.Input.Slug}\" does not exist"));
            var input = item.Input with { CategoryId = category.Id, VisibleToLevels = item.LevelNames.Select(n => levelIds[n]).ToList() };
            if (item.ImageFile is not null)
            {
                input = input with { ImageUrl = await StorePictureAsync(item, context, services, cancellationToken) };
            }

            await goods.UpsertBySlugAsync(input, "recipe:" + context.RecipeName, cancellationToken);
        }
    }

    /// <summary>The shipped picture goes through the same checks and re-encoding as an upload in the admin.</summary>
    private static async Task<string> StorePictureAsync(RecipeGoods item, RecipeExecutionContext context, IServiceProvider services, CancellationToken cancellationToken)
    {
        var (path, problem) = RecipeImageFile.Resolve(context.Folder, item.Input.Slug, item.ImageFile!);
        if (path is null)
        {
            throw new ShopException(problem!);
        }

        var encoded = GoodsImageEncoder.Encode(await File.ReadAllBytesAsync(path, cancellationToken));
        if (encoded.Webp is null)
        {
            throw new ShopException(new Bilingual($"商品「{item.Input.Slug}」的图片：{encoded.Problem!.Chinese}", $"Goods \"{item.Input.Slug}\" picture: {encoded.Problem!.English}"));
        }

        return await services.GetRequiredService<GoodsImageStore>().SaveAsync(encoded.Webp, cancellationToken);
    }
}
