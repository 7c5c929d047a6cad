using System.Text.Json.Nodes;
using HuijinCardHub.Content.Services;
using HuijinCardHub.Recipes;
using Microsoft.Extensions.DependencyInjection;

namespace HuijinCardHub.Content.Recipes;

/// <summary>Writes announcements, banners and menu links back as the steps that read them; empty lists write no step.</summary>
internal sealed class StorefrontContentExportSource : IRecipeExportSource
{
    public int Order => 510;

    public async Task<IEnumerable<JsonObject>> ExportAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var steps = new List<JsonObject>();
        var announcements = await services.GetRequiredService<AnnouncementService>().ListAsync(cancellationToken);
        Add(steps, "announcements", announcements.Select(a => new JsonObject
        {
            ["title"] = a.Title,
            ["body"] = a.BodyHtml,
            ["published"] = a.Published,
            ["pinned"] = a.Pinned,
            ["publishedFrom"] = a.PublishedFromUtc is { } from ? RecipeValues.Iso(from) : null,
            ["publishedUntil"] = a.PublishedUntilUtc is { } until ? RecipeValues.Iso(until) : null,
            ["sortOrder"] = a.SortOrder,
        }));

        var banners = await services.GetRequiredService<BannerService>().ListAsync(cancellationToken);
        Add(steps, "banners", banners.Select(b => new JsonObject
        {
            ["title"] = b.Title,
            ["image"] = b.ImageUrl,
            ["link"] = b.LinkUrl,
            ["enabled"] = b.Enabled,
            ["sortOrder"] = b.SortOrder,
        }));

        var links = await services.GetRequiredService<NavigationLinkService>().ListAsync(cancellationToken);
        Add(steps, "navigation", links.Select(l => new JsonObject
        {
            ["text"] = l.Text,
            ["url"] = l.Url,
            ["newTab"] = l.OpenInNewTab,
            ["sortOrder"] = l.SortOrder,
        }));
        return steps;
    }

    private static void Add(List<JsonObject> steps, string name, IEnumerable<JsonObject> items)
    {
        var array = new JsonArray([.. items]);
        if (array.Count > 0)
        {
            steps.Add(new JsonObject { ["name"] = name, [name] = array });
        }
    }
}
