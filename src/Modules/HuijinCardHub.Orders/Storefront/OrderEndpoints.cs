using HuijinCardHub.Orders.Data;
using HuijinCardHub.Orders.Domain;
using HuijinCardHub.Orders.Services;
using HuijinCardHub.Security;
using HuijinCardHub.Text;
using HuijinCardHub.Theming;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace HuijinCardHub.Orders.Storefront;

/// <summary>The order page (pay, see codes, report a bad code), its status for polling, and the order lookup.</summary>
internal static class OrderEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/order/{orderNo}", ShowAsync).AllowAnonymous().WithName("OrdersOrder");
        endpoints.MapGet("/order/{orderNo}/status", StatusAsync).AllowAnonymous();
        endpoints.MapPost("/order/{orderNo}/pay", PayAsync).AllowAnonymous().RequireStorefrontAntiforgery();
        endpoints.MapPost("/order/{orderNo}/cancel", CancelAsync).AllowAnonymous().RequireStorefrontAntiforgery();
        endpoints.MapPost("/order/{orderNo}/unlock", UnlockAsync).AllowAnonymous().RequireStorefrontAntiforgery();
        endpoints.MapPost("/order/{orderNo}/tickets", ReportAsync).AllowAnonymous().RequireStorefrontAntiforgery();
        endpoints.MapGet("/orders/lookup", LookupPageAsync).AllowAnonymous().WithName("OrdersLookup");
        endpoints.MapPost("/orders/lookup", LookupAsync).AllowAnonymous().RequireStorefrontAntiforgery();
    }

    /// <summary>
    /// The order, for whoever may see it. Anyone else gets the lookup form with the number filled in, the same for an
    /// order that exists and one that does not (status, page and words), so the address tells nothing; and these
    /// views are counted per visitor, so numbers cannot be tried by the thousand.
    /// </summary>
    private static async Task<IResult> ShowAsync(string orderNo, HttpContext http, OrdersDbContext db, OrderAccess access, OrderExpiry expiry,
        LookupThrottle throttle, OrderPageBuilder builder, IStorefrontRenderer renderer, CancellationToken cancellationToken)
    {
        var order = await LoadAsync(db, orderNo, cancellationToken);
        if (order is null || !access.MaySee(http, order))
        {
            var allowed = await throttle.AllowLockedPageAsync(VisitorKey.Of(http.Connection.RemoteIpAddress), cancellationToken);
            var model = new LookupViewModel(orderNo, allowed ? null : OrderErrors.LookupThrottled.ToString(), !allowed, [], StorefrontForm.Token(http));
            return await RenderLookupAsync(http, renderer, model, allowed ? StatusCodes.Status200OK : StatusCodes.Status429TooManyRequests, cancellationToken);
        }

        await expiry.ExpireIfDueAsync(order, cancellationToken);
        var notice = http.Request.Query["notice"].ToString() switch
        {
            "paid" => new Bilingual("支付成功", "Payment received").ToString(),
            "reported" => new Bilingual("售后申请已提交，我们会尽快处理", "Your report was sent; we will handle it soon").ToString(),
            "cancelled" => new Bilingual("订单已取消", "Order cancelled").ToString(),
            _ => null,
        };
        return await RenderAsync(http, order, true, null, notice, builder, renderer, StatusCodes.Status200OK, cancellationToken);
    }

    private static async Task<IResult> StatusAsync(string orderNo, HttpContext http, OrdersDbContext db, OrderAccess access, OrderExpiry expiry, CancellationToken cancellationToken)
    {
        var order = await LoadAsync(db, orderNo, cancellationToken);
        if (order is null || !access.MaySee(http, order))
        {
            return Results.NotFound();
        }

        await expiry.ExpireIfDueAsync(order, cancellationToken);
        return Results.Json(new { orderNo = order.OrderNo, status = order.Status.ToString(), statusText = OrderStatuses.Name(order.Status).ToString() });
    }

    private static async Task<IResult> PayAsync(string orderNo, HttpContext http, OrdersDbContext db, OrderAccess access, OrderCashier cashier,
        OrderPageBuilder builder, IStorefrontRenderer renderer, CancellationToken cancellationToken)
    {
        var form = await StorefrontForm.ReadAsync(http);
        var order = await LoadAsync(db, orderNo, cancellationToken);
        if (order is null || !access.MaySee(http, order))
        {
            return await NotFoundAsync(renderer, cancellationToken);
        }

        if (form is null)
        {
            return await RenderAsync(http, order, true, OrderErrors.FormExpired, null, builder, renderer, StatusCodes.Status400BadRequest, cancellationToken);
        }

        try
        {
            await cashier.PayAsync(order.OrderNo, StorefrontForm.First(form, "channel") ?? "", OrderAccess.UserIdOf(http), cancellationToken);
            return Results.Redirect($"{http.Request.PathBase}{OrderFormat.Url(order.OrderNo)}?notice=paid");
        }
        catch (ShopException exception)
        {
            var current = await LoadAsync(db, orderNo, cancellationToken) ?? order;
            return await RenderAsync(http, current, true, exception.Text, null, builder, renderer, StatusCodes.Status400BadRequest, cancellationToken);
        }
    }

    private static async Task<IResult> CancelAsync(string orderNo, HttpContext http, OrdersDbContext db, OrderAccess access, OrderExpiry expiry,
        OrderPageBuilder builder, IStorefrontRenderer renderer, CancellationToken cancellationToken)
    {
        var form = await StorefrontForm.ReadAsync(http);
        var order = await LoadAsync(db, orderNo, cancellationToken);
        if (order is null || !access.MaySee(http, order))
        {
            return await NotFoundAsync(renderer, cancellationToken);
        }

        if (form is null || !await expiry.CancelAsync(order.OrderNo, http.User.Identity?.Name ?? "buyer", cancellationToken))
        {
            var problem = form is null ? OrderErrors.FormExpired : new Bilingual("只有待支付的订单可以取消", "Only an order pending payment can be cancelled");
            return await RenderAsync(http, order, true, problem, null, builder, renderer, StatusCodes.Status400BadRequest, cancellationToken);
        }

        return Results.Redirect($"{http.Request.PathBase}{OrderFormat.Url(order.OrderNo)}?notice=cancelled");
    }

    /// <summary>The unlock form of an order page (templates made before the lookup form took its place): a lookup by number.</summary>
    private static async Task<IResult> UnlockAsync(string orderNo, HttpContext http, OrderLookup lookup, OrderAccess access, IStorefrontRenderer renderer, CancellationToken cancellationToken)
    {
        var form = await StorefrontForm.ReadAsync(http);
        return await LookUpAsync(http, form, orderNo, lookup, access, renderer, cancellationToken);
    }

    private static async Task<IResult> ReportAsync(string orderNo, HttpContext http, OrdersDbContext db, OrderAccess access, AfterSales afterSales,
        OrderPageBuilder builder, IStorefrontRenderer renderer, CancellationToken cancellationToken)
    {
        var form = await StorefrontForm.ReadAsync(http);
        var order = await LoadAsync(db, orderNo, cancellationToken);
        if (order is null || !access.MaySee(http, order))
        {
            return await NotFoundAsync(renderer, cancellationToken);
        }

        try
        {
            if (form is null)
            {
                throw new ShopException(OrderErrors.FormExpired);
            }

            long? codeId = long.TryParse(StorefrontForm.First(form, "code"), out var id) ? id : null;
            await afterSales.OpenAsync(order, codeId, StorefrontForm.First(form, "reason"), http.User.Identity?.Name ?? "buyer", cancellationToken);
            return Results.Redirect($"{http.Request.PathBase}{OrderFormat.Url(order.OrderNo)}?notice=reported");
        }
        catch (ShopException exception)
        {
            return await RenderAsync(http, order, true, exception.Text, null, builder, renderer, StatusCodes.Status400BadRequest, cancellationToken);
        }
    }

    private static async Task<IResult> LookupPageAsync(HttpContext http, IStorefrontRenderer renderer, CancellationToken cancellationToken) =>
        await RenderLookupAsync(http, renderer, new LookupViewModel(http.Request.Query["q"].ToString(), null, false, [], StorefrontForm.Token(http)), StatusCodes.Status200OK, cancellationToken);

    private static async Task<IResult> LookupAsync(HttpContext http, OrderLookup lookup, OrderAccess access, IStorefrontRenderer renderer, CancellationToken cancellationToken)
    {
        var form = await StorefrontForm.ReadAsync(http);
        return await LookUpAsync(http, form, form is null ? null : StorefrontForm.First(form, "q"), lookup, access, renderer, cancellationToken);
    }

    private static async Task<IResult> LookUpAsync(HttpContext http, IFormCollection? form, string? subject, OrderLookup lookup, OrderAccess access,
        IStorefrontRenderer renderer, CancellationToken cancellationToken)
    {
        subject = subject?.Trim();
        try
        {
            if (form is null)
            {
                throw new ShopException(OrderErrors.FormExpired);
            }

            var orders = await lookup.FindAsync(subject, StorefrontForm.First(form, "password"), VisitorKey.Of(http.Connection.RemoteIpAddress), cancellationToken);
            foreach (var order in orders.AsEnumerable().Reverse())
            {
                access.Remember(http, order.OrderNo);
            }

            if (orders.Count == 1)
            {
                return Results.Redirect(http.Request.PathBase + OrderFormat.Url(orders[0].OrderNo));
            }

            return await RenderLookupAsync(http, renderer, new LookupViewModel(subject, null, false, orders.Select(OrderFormat.Row).ToList(), StorefrontForm.Token(http)), StatusCodes.Status200OK, cancellationToken);
        }
        catch (ShopException exception)
        {
            var throttled = exception is LookupThrottledException;
            var model = new LookupViewModel(subject, exception.Text.ToString(), throttled, [], StorefrontForm.Token(http));
            return await RenderLookupAsync(http, renderer, model, throttled ? StatusCodes.Status429TooManyRequests : StatusCodes.Status400BadRequest, cancellationToken);
        }
    }

    private static Task<Order?> LoadAsync(OrdersDbContext db, string orderNo, CancellationToken cancellationToken) =>
        OrderNumbers.LooksValid(orderNo)
            ? db.Orders.AsNoTracking().Include(o => o.Lines).FirstOrDefaultAsync(o => o.OrderNo == orderNo, cancellationToken)
            : Task.FromResult<Order?>(null);

    private static async Task<IResult> RenderAsync(HttpContext http, Order order, bool unlocked, Bilingual? error, string? notice,
        OrderPageBuilder builder, IStorefrontRenderer renderer, int status, CancellationToken cancellationToken)
    {
        var model = await builder.BuildAsync(order, unlocked, OrderAccess.UserIdOf(http), StorefrontForm.Token(http), error?.ToString(), notice, cancellationToken);
        var html = await renderer.RenderToStringAsync("order", model, new Bilingual($"订单 {order.OrderNo}", $"Order {order.OrderNo}").ToString(), cancellationToken);
        http.Response.Headers.CacheControl = "no-store";
        return Results.Content(html, "text/html; charset=utf-8", statusCode: status);
    }

    private static async Task<IResult> RenderLookupAsync(HttpContext http, IStorefrontRenderer renderer, LookupViewModel model, int status, CancellationToken cancellationToken)
    {
        var html = await renderer.RenderToStringAsync("lookup", model, new Bilingual("订单查询", "Order lookup").ToString(), cancellationToken);
        http.Response.Headers.CacheControl = "no-store";
        return Results.Content(html, "text/html; charset=utf-8", statusCode: status);
    }

    private static async Task<IResult> NotFoundAsync(IStorefrontRenderer renderer, CancellationToken cancellationToken)
    {
        var html = await renderer.RenderToStringAsync("notfound", null, OrderErrors.NotFound.ToString(), cancellationToken);
        return Results.Content(html, "text/html; charset=utf-8", statusCode: StatusCodes.Status404NotFound);
    }
}
