using HuijinCardHub.Admin;
using HuijinCardHub.Catalog;
using HuijinCardHub.Search.Indexing;
using HuijinCardHub.Search.Models;
using HuijinCardHub.Search.Services;
using HuijinCardHub.Security;
using HuijinCardHub.Text;
using Microsoft.AspNetCore.Mvc;

namespace HuijinCardHub.Search.Controllers;

/// <summary>The search index in the admin: its state, a trial search, and a rebuild button.</summary>
[RequirePermission("ManageSearch")]
[Route("admin/search")]
internal sealed class SearchAdminController(
    ShellGoodsIndex index, ICatalogQueries catalog, IGoodsSearch search, GoodsIndexer indexer, IAdminDesk desk) : Controller
{
    private const int TrialHits = 20;

    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, CancellationToken cancellationToken)
    {
        var query = GoodsQuery.Normalize(q);
        var hits = new List<SearchTrialHit>();
        if (query.Length > 0)
        {
            foreach (var id in await search.SearchAsync(query, TrialHits, cancellationToken))
            {
                if (await catalog.GetGoodsAsync(id, cancellationToken) is { } goods)
                {
                    hits.Add(new SearchTrialHit(id, goods.Summary.Name, goods.Summary.Slug));
                }
            }
        }

        return View(new SearchIndexPageModel(index.Folder, index.Index.Count, index.Index.BuiltUtc, query, hits));
    }

    [HttpPost("rebuild")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Rebuild(CancellationToken cancellationToken)
    {
        var count = await indexer.RebuildAsync(cancellationToken);
        await desk.AuditAsync("search.rebuild", "goods-index", count.ToString(System.Globalization.CultureInfo.InvariantCulture), cancellationToken);

        desk.Notice(new Bilingual($"索引已重建，共 {count} 个商品", $"The index was rebuilt with {count} goods"));
        return Redirect(Url.Content("~/admin/search"));
    }
}
