using System.Text.Json.Nodes;
using HuijinCardHub.Content.Services;
using HuijinCardHub.Text;
using Microsoft.Extensions.DependencyInjection;

namespace HuijinCardHub.Content.Recipes;

/// <summary>
/// <c>{"name":"banners","banners":[{"title":"..","image":"/_content/HuijinCardHub.Content/banners/new-games.svg","link":"/category/x"}]}</c>.
/// Optional: "link", "enabled" (default true), "sortOrder" (default: the order in the list). Matched by title.
/// </summary>
internal sealed class BannersRecipeStep : ItemsStep<BannerInput>
{
    public override string Name => "banners";

    protected override Bilingual ItemName => new("横幅", "banner");

    protected override BannerInput Read(JsonObject item, int index, List<Bilingual> problems) => new(
        RecipeValues.Text(item, "title") ?? "",
        RecipeValues.Text(item, "image") ?? RecipeValues.Text(item, "imageUrl") ?? "",
        RecipeValues.Text(item, "link") ?? RecipeValues.Text(item, "linkUrl"),
        RecipeValues.Flag(item, "enabled") ?? true,
        RecipeValues.Number(item, "sortOrder") ?? (index + 1) * 10);

    protected override IEnumerable<Bilingual> Check(BannerInput input) => BannerRules.Check(input);

    protected override Task SaveAsync(IServiceProvider services, BannerInput input, CancellationToken cancellationToken) =>
        services.GetRequiredService<BannerService>().UpsertByNameAsync(input, cancellationToken);
}
