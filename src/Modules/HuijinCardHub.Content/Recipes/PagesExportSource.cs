using System.Text.Json.Nodes;
using HuijinCardHub.Content.Services;
using HuijinCardHub.Recipes;
using Microsoft.Extensions.DependencyInjection;

namespace HuijinCardHub.Content.Recipes;

/// <summary>Writes every page back as one "pages" step that <see cref="PagesRecipeStep"/> reads.</summary>
internal sealed class PagesExportSource : IRecipeExportSource
{
    public int Order => 500;

    public async Task<IEnumerable<JsonObject>> ExportAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var pages = await services.GetRequiredService<PageService>().ListAsync(cancellationToken);
        if (pages.Count == 0)
        {
            return [];
        }

        var items = new JsonArray();
        foreach (var page in pages)
        {
            items.Add(new JsonObject
            {
                ["slug"] = page.Slug,
                ["title"] = page.Title,
                ["body"] = page.BodyHtml,
                ["published"] = page.Published,
                ["showInNavigation"] = page.ShowInNavigation,
                ["sortOrder"] = page.SortOrder,
            });
        }

        return [new JsonObject { ["name"] = "pages", ["pages"] = items }];
    }
}
