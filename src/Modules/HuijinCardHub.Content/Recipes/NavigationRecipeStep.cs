using System.Text.Json.Nodes;
using HuijinCardHub.Content.Services;
using HuijinCardHub.Text;
using Microsoft.Extensions.DependencyInjection;

namespace HuijinCardHub.Content.Recipes;

/// <summary>
/// <c>{"name":"navigation","navigation":[{"text":"客服","url":"/pages/help","sortOrder":90,"newTab":false}]}</c>: the merchant's own
/// storefront menu links, merged with the pages marked for the menu by sort order (default: list order × 10). Matched by text.
/// </summary>
internal sealed class NavigationRecipeStep : ItemsStep<NavigationLinkInput>
{
    public override string Name => "navigation";

    protected override Bilingual ItemName => new("菜单项", "menu link");

    protected override NavigationLinkInput Read(JsonObject item, int index, List<Bilingual> problems) => new(
        RecipeValues.Text(item, "text") ?? "",
        RecipeValues.Text(item, "url") ?? "",
        RecipeValues.Flag(item, "newTab") ?? false,
        RecipeValues.Number(item, "sortOrder") ?? (index + 1) * 10);

    protected override IEnumerable<Bilingual> Check(NavigationLinkInput input) => NavigationLinkInput.Check(input);

    protected override Task SaveAsync(IServiceProvider services, NavigationLinkInput input, CancellationToken cancellationToken) =>
        services.GetRequiredService<NavigationLinkService>().UpsertByNameAsync(input, cancellationToken);
}
