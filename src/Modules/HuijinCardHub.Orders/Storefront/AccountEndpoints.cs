using HuijinCardHub.Orders.Data;
using HuijinCardHub.Orders.Services;
using HuijinCardHub.Text;
using HuijinCardHub.Theming;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace HuijinCardHub.Orders.Storefront;

/// <summary>The member centre's orders and after-sales tickets, in the storefront theme.</summary>
internal static class AccountEndpoints
{
    public const int PageSize = 20;

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/account/orders", OrdersAsync).AllowAnonymous().WithName("OrdersAccountOrders");
        endpoints.MapGet("/account/tickets", TicketsAsync).AllowAnonymous().WithName("OrdersAccountTickets");
    }

    private static async Task<IResult> OrdersAsync(int? page, HttpContext http, OrdersDbContext db, IStorefrontRenderer renderer, CancellationToken cancellationToken)
    {
        if (OrderAccess.UserIdOf(http) is not { } userId)
        {
            return SignIn(http);
        }

        var current = Math.Max(page ?? 1, 1);
        var orders = await db.Orders.AsNoTracking().Include(o => o.Lines).Where(o => o.UserId == userId)
            .OrderByDescending(o => o.CreatedUtc).Skip((current - 1) * PageSize).Take(PageSize + 1).ToListAsync(cancellationToken);
        var model = new AccountOrdersViewModel(http.User.Identity?.Name ?? "", orders.Take(PageSize).Select(OrderFormat.Row).ToList(), current, orders.Count > PageSize);
        return await renderer.RenderAsync("account-orders", model, new Bilingual("我的订单", "My orders").ToString(), cancellationToken);
    }

    private static async Task<IResult> TicketsAsync(HttpContext http, OrdersDbContext db, IStorefrontRenderer renderer, CancellationToken cancellationToken)
    {
        if (OrderAccess.UserIdOf(http) is not { } userId)
        {
            return SignIn(http);
        }

        var tickets = await db.Tickets.AsNoTracking().Where(t => t.UserId == userId).OrderByDescending(t => t.Id).Take(100).ToListAsync(cancellationToken);
        var model = new AccountTicketsViewModel(http.User.Identity?.Name ?? "", tickets.Select(OrderFormat.Ticket).ToList());
        return await renderer.RenderAsync("account-tickets", model, new Bilingual("我的售后", "My after-sales tickets").ToString(), cancellationToken);
    }

    private static IResult SignIn(HttpContext http) =>
        Results.Redirect($"{http.Request.PathBase}/account/login?returnUrl={Uri.EscapeDataString(http.Request.PathBase + http.Request.Path)}");
}
