using System.Security.Claims;
using HuijinCardHub.Orders.Domain;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;

namespace HuijinCardHub.Orders.Storefront;

/// <summary>
/// Who may see an order's codes: the signed-in member who placed it, or the browser that placed it as a guest or
/// gave its query password (remembered in a protected, HttpOnly cookie). Knowing an order number is never enough.
/// </summary>
internal sealed class OrderAccess(IDataProtectionProvider protection)
{
    public const string CookieName = "hj_orders";
    private const int MaxRemembered = 30;

    private readonly IDataProtector protector = protection.CreateProtector("HuijinCardHub.Orders.Access");

    public static string? UserIdOf(HttpContext http) =>
        http.User.Identity?.IsAuthenticated == true ? http.User.FindFirstValue(ClaimTypes.NameIdentifier) : null;

    public bool MaySee(HttpContext http, Order order)
    {
        var userId = UserIdOf(http);
        if (order.UserId is not null)
        {
            return order.UserId == userId || (order.QueryPasswordHash is not null && Remembered(http).Contains(order.OrderNo));
        }

        return Remembered(http).Contains(order.OrderNo);
    }

    public void Remember(HttpContext http, string orderNo)
    {
        var known = Remembered(http).Where(n => n != orderNo).Prepend(orderNo).Take(MaxRemembered);
        http.Response.Cookies.Append(CookieName, protector.Protect(string.Join(',', known)), new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            Secure = http.Request.IsHttps,
            IsEssential = true,
            MaxAge = TimeSpan.FromDays(30),
            Path = string.IsNullOrEmpty(http.Request.PathBase) ? "/" : http.Request.PathBase.Value,
        });
    }

    public IReadOnlyList<string> Remembered(HttpContext http)
    {
        if (!http.Request.Cookies.TryGetValue(CookieName, out var value) || string.IsNullOrEmpty(value))
        {
            return [];
        }

        try
        {
            return protector.Unprotect(value).Split(',', StringSplitOptions.RemoveEmptyEntries);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return [];
        }
    }
}
