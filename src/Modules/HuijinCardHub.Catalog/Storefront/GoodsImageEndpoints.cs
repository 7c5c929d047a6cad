using HuijinCardHub.Catalog.Services.Images;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace HuijinCardHub.Catalog.Storefront;

/// <summary><c>GET /media/goods/{hash}.webp</c>: a goods picture of this tenant, cached by browsers for a year.</summary>
internal static class GoodsImageEndpoints
{
    // The name is the hash of the bytes: a new picture gets a new URL, so the old one may be kept forever.
    private const string CacheForever = "public, max-age=31536000, immutable";

    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(GoodsImageStore.UrlPrefix + "{name}", Serve).AllowAnonymous().WithName("CatalogGoodsImage");

    private static IResult Serve(string name, GoodsImageStore store, HttpContext http)
    {
        var path = store.Find(name);
        if (path is null)
        {
            return Results.NotFound();
        }

        var headers = http.Response.Headers;
        headers.CacheControl = CacheForever;
        headers.XContentTypeOptions = "nosniff";
        return Results.File(path, "image/webp", entityTag: new EntityTagHeaderValue("\"" + Path.GetFileNameWithoutExtension(name) + "\""));
    }
}
