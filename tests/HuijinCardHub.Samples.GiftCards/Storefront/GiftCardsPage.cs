using System.Security.Claims;
using HuijinCardHub.Samples.GiftCards.Data;
using HuijinCardHub.Samples.GiftCards.Domain;
using HuijinCardHub.Theming;
using HuijinCardHub.Time;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace HuijinCardHub.Samples.GiftCards.Storefront;

/// <summary>
/// GET /gift-cards: the member's gift cards, rendered from the module's own template "gift-cards" (embedded
/// Views/Storefront/gift-cards.liquid) inside the active theme's layout. A guest is sent to sign in first.
/// </summary>
internal static class GiftCardsPage
{
    public const string Path = "/gift-cards";

    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(Path, ShowAsync).AllowAnonymous().WithName("SampleGiftCards");

    private static async Task<IResult> ShowAsync(HttpContext http, GiftCardsDbContext db, IStorefrontRenderer renderer, CancellationToken cancellationToken)
    {
        var userId = http.User.Identity?.IsAuthenticated == true ? http.User.FindFirstValue(ClaimTypes.NameIdentifier) : null;
        if (userId is null)
        {
            return Results.Redirect($"{http.Request.PathBase}/account/login?returnUrl={Uri.EscapeDataString(http.Request.PathBase + Path)}");
        }

        var purchases = await db.Purchases.AsNoTracking().Where(p => p.UserId == userId)
            .OrderByDescending(p => p.PaidUtc).ThenByDescending(p => p.Id).Take(100).ToListAsync(cancellationToken);
        var orderNos = purchases.Select(p => p.OrderNo).Distinct().ToList();
        var numbers = await (from hold in db.Holds
                             join card in db.Cards on hold.Holder equals card.Holder
                             where orderNos.Contains(hold.OrderNo)
                             orderby card.Id
                             select new { hold.OrderNo, card.Number }).ToListAsync(cancellationToken);
        var rows = purchases.Select(p => Row(p, numbers.Where(n => n.OrderNo == p.OrderNo).Select(n => n.Number).ToList())).ToList();
        http.Response.Headers.CacheControl = "no-store";
        return await renderer.RenderAsync("gift-cards", new GiftCardsViewModel(http.User.Identity?.Name ?? "", rows), GiftCardsMenu.Title.ToString(), cancellationToken);
    }

    private static GiftCardRowModel Row(GiftCardPurchase purchase, IReadOnlyList<string> numbers) =>
        new(purchase.OrderNo, "/order/" + purchase.OrderNo, purchase.GoodsName, purchase.Quantity, ShopTime.Format(purchase.PaidUtc), numbers);
}
