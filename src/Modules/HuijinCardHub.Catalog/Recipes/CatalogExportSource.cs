using System.Text.Json.Nodes;
using HuijinCardHub.Catalog.Domain;
using HuijinCardHub.Catalog.Services;
using HuijinCardHub.Recipes;
using Microsoft.Extensions.DependencyInjection;

namespace HuijinCardHub.Catalog.Recipes;

/// <summary>Writes the catalogue back as one "catalog" step that <see cref="CatalogRecipeStep"/> reads.</summary>
internal sealed class CatalogExportSource : IRecipeExportSource
{
    public int Order => 600;

    public async Task<IEnumerable<JsonObject>> ExportAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var levels = await services.GetRequiredService<MemberLevelService>().ListAsync(cancellationToken);
        var categories = await services.GetRequiredService<CategoryService>().ListAsync(cancellationToken);
        var goodsService = services.GetRequiredService<GoodsService>();
        var goods = await goodsService.ListAsync(null, null, cancellationToken);
        if (levels.Count == 0 && categories.Count == 0)
        {
            return [];
        }

        var levelNames = levels.ToDictionary(l => l.Id, l => l.Name);
        var categorySlugs = categories.ToDictionary(c => c.Id, c => c.Slug);
        var goodsItems = new JsonArray();
        foreach (var item in goods)
        {
            var aggregate = await goodsService.FindAsync(item.Id, cancellationToken);
            goodsItems.Add(Goods(aggregate!, categorySlugs, levelNames));
        }

        return
        [
            new JsonObject
            {
                ["name"] = "catalog",
                ["levels"] = new JsonArray(levels.Select(l => (JsonNode)new JsonObject
                {
                    ["name"] = l.Name,
                    ["discount"] = l.DiscountBasisPoints,
                    ["threshold"] = l.Threshold.ToYuanString(),
                    ["sortOrder"] = l.SortOrder,
                }).ToArray()),
                ["categories"] = Tree(categories, null),
                ["goods"] = goodsItems,
            },
        ];
    }

    private static JsonArray Tree(IReadOnlyList<Category> all, long? parentId) =>
        new(all.Where(c => c.ParentId == parentId).Select(c => (JsonNode)new JsonObject
        {
            ["slug"] = c.Slug,
            ["name"] = c.Name,
            ["icon"] = c.Icon,
            ["sortOrder"] = c.SortOrder,
            ["visible"] = c.Visible,
            ["children"] = Tree(all, c.Id),
        }).ToArray());

    private static JsonObject Goods(GoodsAggregate a, Dictionary<long, string> categorySlugs, Dictionary<long, string> levelNames)
    {
        var g = a.Goods;
        return new JsonObject
        {
            ["slug"] = g.Slug,
            ["name"] = g.Name,
            ["category"] = categorySlugs.GetValueOrDefault(g.CategoryId, ""),
            ["kind"] = Enum.IsDefined(g.Kind) ? g.Kind.ToString() : GoodsKinds.KeyOf(g.Kind), // a plugin's kind as its key, read back as such
            ["summary"] = g.Summary,
            ["description"] = g.DescriptionHtml,
            ["image"] = g.ImageUrl,
            ["visible"] = g.Visible,
            ["hot"] = g.Hot,
            ["sortOrder"] = g.SortOrder,
            ["minPerOrder"] = g.MinPerOrder,
            ["maxPerOrder"] = g.MaxPerOrder,
            ["maxPerBuyerPerDay"] = g.MaxPerBuyerPerDay,
            ["lowStockThreshold"] = g.LowStockThreshold,
            ["visibleToLevels"] = new JsonArray(g.VisibleLevelIds().Where(levelNames.ContainsKey).Select(id => (JsonNode)JsonValue.Create(levelNames[id])).ToArray()),
            ["variants"] = new JsonArray(a.Variants.Select(v => (JsonNode)new JsonObject
            {
                ["name"] = v.Name,
                ["price"] = v.Price.ToYuanString(),
                ["cost"] = v.Cost.ToYuanString(),
                ["stock"] = v.ManualStock,
                ["enabled"] = v.Enabled,
                ["sortOrder"] = v.SortOrder,
            }).ToArray()),
            ["inputs"] = new JsonArray(a.Inputs.Select(f => (JsonNode)new JsonObject
            {
                ["key"] = f.Key,
                ["label"] = f.Label,
                ["kind"] = f.Kind.ToString(),
                ["required"] = f.Required,
                ["pattern"] = f.Pattern,
                ["placeholder"] = f.Placeholder,
            }).ToArray()),
            ["wholesale"] = new JsonArray(a.Tiers.Select(t => (JsonNode)new JsonObject { ["minQuantity"] = t.MinQuantity, ["discount"] = t.DiscountBasisPoints }).ToArray()),
            ["pricing"] = new JsonObject { ["followCost"] = g.FollowCost, ["markup"] = g.MarkupBasisPoints, ["roundTo"] = g.RoundTo.ToString() },
        };
    }
}
