using HuijinCardHub.Catalog.Data;
using HuijinCardHub.Catalog.Services;
using HuijinCardHub.Search;
using HuijinCardHub.Text;
using HuijinCardHub.Theming;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace HuijinCardHub.Catalog.Storefront;

/// <summary>Storefront pages of the catalogue: a category (with its sub-categories' goods), a goods, a search.</summary>
internal static class CatalogEndpoints
{
    public const int MaxQueryLength = 50;

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/category/{slug}", CategoryAsync).AllowAnonymous().WithName("CatalogCategory");
        endpoints.MapGet("/goods/{slug}", GoodsAsync).AllowAnonymous().WithName("CatalogGoods");
        endpoints.MapGet("/search", SearchAsync).AllowAnonymous().WithName("CatalogSearch");
        GoodsImageEndpoints.Map(endpoints);
    }

    private static async Task<IResult> CategoryAsync(string slug, CatalogReader reader, VisitorLevel visitor, IStorefrontRenderer renderer, CancellationToken cancellationToken)
    {
        var snapshot = await reader.GetAsync(cancellationToken);
        var category = CatalogRules.IsValidSlug(slug) ? snapshot.CategoryBySlug(slug) : null;
        if (category is not { Visible: true })
        {
            return await NotFoundAsync(renderer, new Bilingual("分类不存在", "Category not found"), cancellationToken);
        }

        var level = await visitor.GetAsync(snapshot, cancellationToken);
        var subtree = snapshot.Subtree(category.Id);
        var goods = snapshot.Goods
            .Where(g => g.Visible && subtree.Contains(g.CategoryId) && VisitorLevel.MaySee(g, level))
            .Select(g => CategoryPages.Card(snapshot, g))
            .ToList();
        var children = snapshot.Categories.Where(c => c.ParentId == category.Id && c.Visible).Select(CategoryPages.Link).ToList();
        var model = new CategoryViewModel(CategoryPages.Link(category), CategoryPages.PathTo(snapshot, category), children, goods);
        return await renderer.RenderAsync("category", model, category.Name, cancellationToken);
    }

    private static async Task<IResult> GoodsAsync(string slug, CatalogReader reader, VisitorLevel visitor, GoodsPageBuilder builder, IStorefrontRenderer renderer, CancellationToken cancellationToken)
    {
        var snapshot = await reader.GetAsync(cancellationToken);
        var goods = CatalogRules.IsValidSlug(slug) ? snapshot.GoodsBySlug(slug) : null;
        var level = await visitor.GetAsync(snapshot, cancellationToken);
        if (goods is not { Visible: true } || !VisitorLevel.MaySee(goods, level))
        {
            return await NotFoundAsync(renderer, new Bilingual("商品不存在或已下架", "Goods not found"), cancellationToken);
        }

        var model = await builder.BuildAsync(snapshot, goods, level, cancellationToken);
        return await renderer.RenderAsync("goods", model, goods.Name, cancellationToken);
    }

    private static async Task<IResult> SearchAsync(string? q, CatalogReader reader, CatalogDbContext db, VisitorLevel visitor, IEnumerable<IGoodsSearch> searches, IStorefrontRenderer renderer, CancellationToken cancellationToken)
    {
        var query = (q ?? "").Trim();
        if (query.Length > MaxQueryLength)
        {
            query = query[..MaxQueryLength];
        }

        var snapshot = await reader.GetAsync(cancellationToken);
        var cards = new List<GoodsCardModel>();
        if (query.Length > 0)
        {
            var level = await visitor.GetAsync(snapshot, cancellationToken);
            // The search module ranks by relevance when enabled; otherwise a plain substring match.
            var ids = searches.FirstOrDefault() is { } search
                ? await search.SearchAsync(query, 100, cancellationToken)
                : await db.Goods.AsNoTracking()
                    .Where(g => g.Visible && (g.Name.Contains(query) || (g.Summary != null && g.Summary.Contains(query))))
                    .OrderByDescending(g => g.Hot).ThenBy(g => g.SortOrder).ThenBy(g => g.Id)
                    .Select(g => g.Id)
                    .Take(100)
                    .ToListAsync(cancellationToken);
            cards = ids.Select(snapshot.GoodsById).OfType<Domain.Goods>()
                .Where(g => g.Visible && VisitorLevel.MaySee(g, level))
                .Select(g => CategoryPages.Card(snapshot, g))
                .ToList();
        }

        var title = query.Length > 0 ? new Bilingual($"搜索：{query}", $"Search: {query}") : new Bilingual("搜索", "Search");
        return await renderer.RenderAsync("search", new SearchViewModel(query, cards.Count, cards), title.ToString(), cancellationToken);
    }

    private static async Task<IResult> NotFoundAsync(IStorefrontRenderer renderer, Bilingual title, CancellationToken cancellationToken)
    {
        var html = await renderer.RenderToStringAsync("notfound", null, title.ToString(), cancellationToken);
        return Results.Content(html, "text/html; charset=utf-8", statusCode: StatusCodes.Status404NotFound);
    }
}
