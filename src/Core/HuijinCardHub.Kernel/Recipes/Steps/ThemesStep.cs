using System.Text.Json.Nodes;
using HuijinCardHub.Recipes;
using HuijinCardHub.Sites;
using Microsoft.Extensions.DependencyInjection;

namespace HuijinCardHub.Kernel.Recipes.Steps;

/// <summary><c>{"name":"themes","site":"Jade"}</c>: the theme feature is enabled by the feature phase; this picks it for the default site.</summary>
internal sealed class ThemesStep : IRecipeStep
{
    public string Name => "themes";

    public async Task ExecuteAsync(JsonObject step, RecipeExecutionContext context, CancellationToken cancellationToken)
    {
        var theme = RecipeDocument.Text(step, "site")!;
        theme = theme[(theme.LastIndexOf('.') + 1)..];
        var store = context.Services.GetRequiredService<ISiteStore>();
        var site = (await store.ListAsync(cancellationToken)).First(s => s.IsDefault);
        await store.SaveAsync(site with { Theme = theme }, cancellationToken);
    }
}
