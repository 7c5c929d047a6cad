using HuijinCardHub.Orders.Domain;
using HuijinCardHub.Orders.Services;
using HuijinCardHub.Security;
using HuijinCardHub.Settings;
using HuijinCardHub.Sites;
using HuijinCardHub.Text;
using HuijinCardHub.Theming;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace HuijinCardHub.Orders.Storefront;

// The class, not the namespace of the checkout extension points (HuijinCardHub.Orders.Checkout) beside this one.
using Checkout = HuijinCardHub.Orders.Services.Checkout;

/// <summary>Quick buy (goods page → /checkout) and the cart (/cart), both ending in an order pending payment.</summary>
internal static class CheckoutEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/checkout", ShowAsync).AllowAnonymous().WithName("OrdersCheckout");
        endpoints.MapPost("/checkout", PlaceAsync).AllowAnonymous().RequireStorefrontAntiforgery();
        endpoints.MapGet("/cart", CartAsync).AllowAnonymous().WithName("OrdersCart");
        endpoints.MapPost("/cart/add", AddAsync).AllowAnonymous().DisableAntiforgery(); // the goods page (Catalog's) posts here without a token; it only fills the buyer's own cart cookie
        endpoints.MapPost("/cart/remove", RemoveAsync).AllowAnonymous().RequireStorefrontAntiforgery();
        endpoints.MapPost("/cart/checkout", PlaceCartAsync).AllowAnonymous().RequireStorefrontAntiforgery();
    }

    private static async Task<IResult> ShowAsync(HttpContext http, Checkout checkout, IStorefrontRenderer renderer, ISettingsStore settings, CancellationToken cancellationToken)
    {
        var line = StorefrontForm.Line(http.Request.Query);
        return await RenderCheckoutAsync(http, line is null ? [] : [line], null, null, checkout, renderer, settings, "/checkout", StatusCodes.Status200OK, cancellationToken);
    }

    private static async Task<IResult> PlaceAsync(HttpContext http, Checkout checkout, CheckoutLimits limits, OrderAccess access, ISiteAccessor sites, IStorefrontRenderer renderer, ISettingsStore settings, CancellationToken cancellationToken)
    {
        var form = await StorefrontForm.ReadAsync(http);
        if (form is null)
        {
            return await RenderCheckoutAsync(http, [], null, OrderErrors.FormExpired, checkout, renderer, settings, "/checkout", StatusCodes.Status400BadRequest, cancellationToken);
        }

        var line = StorefrontForm.Line(form);
        return await PlaceLinesAsync(http, line is null ? [] : [line], form, "/checkout", checkout, limits, access, sites, renderer, settings, cancellationToken);
    }

    private static async Task<IResult> CartAsync(HttpContext http, CartStore cart, Checkout checkout, IStorefrontRenderer renderer, ISettingsStore settings, CancellationToken cancellationToken) =>
        await RenderCheckoutAsync(http, cart.Read(http), null, null, checkout, renderer, settings, "/cart/checkout", StatusCodes.Status200OK, cancellationToken);

    /// <summary>
    /// Posted by the goods page's "add to cart" button, which has no antiforgery token (the page is cached alike for
    /// everyone). Safe without one: it only changes the buyer's own cart cookie, and nothing is bought without checkout.
    /// </summary>
    private static async Task<IResult> AddAsync(HttpContext http, CartStore cart, Checkout checkout, ISettingsStore settings, IStorefrontRenderer renderer, CancellationToken cancellationToken)
    {
        var form = http.Request.HasFormContentType ? await http.Request.ReadFormAsync(cancellationToken) : null;
        var line = form is null ? null : StorefrontForm.Line(form);
        var lines = cart.Read(http).ToList();
        var max = (await settings.GetAsync<OrderSettings>(cancellationToken)).MaxCartLines;
        if (line is null || lines.Count >= max)
        {
            var problem = line is null ? OrderErrors.FormExpired : OrderErrors.TooManyLines;
            return await RenderCheckoutAsync(http, lines, null, problem, checkout, renderer, settings, "/cart/checkout", StatusCodes.Status400BadRequest, cancellationToken);
        }

        try
        {
            // Checked now so that a bad quantity or input is refused where the buyer typed it, not at checkout.
            await checkout.PriceAsync([line], OrderAccess.UserIdOf(http), null, cancellationToken);
        }
        catch (ShopException exception)
        {
            return await RenderCheckoutAsync(http, lines, null, exception.Text, checkout, renderer, settings, "/cart/checkout", StatusCodes.Status400BadRequest, cancellationToken);
        }

        lines.Add(line);
        cart.Write(http, lines);
        return Results.Redirect(http.Request.PathBase + "/cart");
    }

    private static async Task<IResult> RemoveAsync(HttpContext http, CartStore cart)
    {
        var form = await StorefrontForm.ReadAsync(http);
        var lines = cart.Read(http).ToList();
        if (form is not null && int.TryParse(StorefrontForm.First(form, "index"), out var index) && index >= 0 && index < lines.Count)
        {
            lines.RemoveAt(index);
            cart.Write(http, lines);
        }

        return Results.Redirect(http.Request.PathBase + "/cart");
    }

    private static async Task<IResult> PlaceCartAsync(HttpContext http, CartStore cart, Checkout checkout, CheckoutLimits limits, OrderAccess access, ISiteAccessor sites, IStorefrontRenderer renderer, ISettingsStore settings, CancellationToken cancellationToken)
    {
        var form = await StorefrontForm.ReadAsync(http);
        var lines = cart.Read(http);
        if (form is null)
        {
            return await RenderCheckoutAsync(http, lines, null, OrderErrors.FormExpired, checkout, renderer, settings, "/cart/checkout", StatusCodes.Status400BadRequest, cancellationToken);
        }

        var result = await PlaceLinesAsync(http, lines, form, "/cart/checkout", checkout, limits, access, sites, renderer, settings, cancellationToken);
        if (result is Microsoft.AspNetCore.Http.HttpResults.RedirectHttpResult)
        {
            cart.Write(http, []);
        }

        return result;
    }

    private static async Task<IResult> PlaceLinesAsync(HttpContext http, IReadOnlyList<CheckoutLine> lines, IFormCollection form, string action,
        Checkout checkout, CheckoutLimits limits, OrderAccess access, ISiteAccessor sites, IStorefrontRenderer renderer, ISettingsStore settings, CancellationToken cancellationToken)
    {
        var contact = StorefrontForm.First(form, "contact");
        var request = new CheckoutRequest(lines, OrderAccess.UserIdOf(http), http.User.Identity?.Name, contact,
            StorefrontForm.First(form, "password"), StorefrontForm.Visitor(http), CheckoutRequestId.Read(StorefrontForm.First(form, "request")),
            http.Request.Headers.UserAgent.ToString() is { Length: > 0 } agent ? agent[..Math.Min(agent.Length, 512)] : null,
            (await sites.GetCurrentAsync(cancellationToken)).Id);
        try
        {
            var current = await settings.GetAsync<OrderSettings>(cancellationToken);
            await limits.CheckAsync(current, VisitorKey.Of(http.Connection.RemoteIpAddress), request.UserId, contact, cancellationToken);
            var order = await checkout.PlaceAsync(request, cancellationToken);
            access.Remember(http, order.OrderNo);
            return Results.Redirect(http.Request.PathBase + OrderFormat.Url(order.OrderNo));
        }
        catch (ShopException exception)
        {
            var status = exception is CheckoutThrottledException ? StatusCodes.Status429TooManyRequests : StatusCodes.Status400BadRequest;
            return await RenderCheckoutAsync(http, lines, contact, exception.Text, checkout, renderer, settings, action, status, cancellationToken);
        }
    }

    private static async Task<IResult> RenderCheckoutAsync(HttpContext http, IReadOnlyList<CheckoutLine> lines, string? contact, Bilingual? error,
        Checkout checkout, IStorefrontRenderer renderer, ISettingsStore settings, string action, int status, CancellationToken cancellationToken)
    {
        IReadOnlyList<PricedLine> priced = [];
        if (lines.Count > 0)
        {
            try
            {
                priced = await checkout.PriceAsync(lines, OrderAccess.UserIdOf(http), null, cancellationToken);
            }
            catch (ShopException exception)
            {
                error ??= exception.Text;
                status = StatusCodes.Status400BadRequest;
            }
        }
        else if (action == "/checkout")
        {
            error ??= OrderErrors.EmptyCart;
            status = StatusCodes.Status400BadRequest;
        }

        var isCart = action != "/checkout";
        var userId = OrderAccess.UserIdOf(http);
        var model = new CheckoutViewModel(
            priced.Select((p, i) => CheckoutPages.Line(p, isCart ? i : null)).ToList(),
            CheckoutPages.Total(priced),
            userId is null,
            contact,
            error?.ToString(),
            StorefrontForm.Token(http),
            action,
            (await settings.GetAsync<OrderSettings>(cancellationToken)).HoldMinutesFor(userId),
            CheckoutRequestId.New());
        var title = isCart ? new Bilingual("购物车", "Cart") : new Bilingual("确认订单", "Checkout");
        var html = await renderer.RenderToStringAsync(isCart ? "cart" : "checkout", model, title.ToString(), cancellationToken);
        return Results.Content(html, "text/html; charset=utf-8", statusCode: status);
    }
}
