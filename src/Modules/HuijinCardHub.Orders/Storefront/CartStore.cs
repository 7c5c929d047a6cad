using System.Text.Json;
using HuijinCardHub.Orders.Services;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;

namespace HuijinCardHub.Orders.Storefront;

/// <summary>
/// The cart lives in the buyer's browser, in a protected cookie: nothing is held in stock until checkout, and a
/// guest needs no account. Prices are never stored: they are computed again at checkout.
/// </summary>
internal sealed class CartStore(IDataProtectionProvider protection)
{
    public const string CookieName = "hj_cart";

    private readonly IDataProtector protector = protection.CreateProtector("HuijinCardHub.Orders.Cart");

    public IReadOnlyList<CheckoutLine> Read(HttpContext http)
    {
        if (!http.Request.Cookies.TryGetValue(CookieName, out var value) || string.IsNullOrEmpty(value))
        {
            return [];
        }

        try
        {
            var lines = JsonSerializer.Deserialize<List<StoredLine>>(protector.Unprotect(value)) ?? [];
            return lines.Select(l => new CheckoutLine(l.V, l.Q, l.I ?? [])).ToList();
        }
        catch (Exception exception) when (exception is System.Security.Cryptography.CryptographicException or JsonException)
        {
            return [];
        }
    }

    public void Write(HttpContext http, IReadOnlyList<CheckoutLine> lines)
    {
        if (lines.Count == 0)
        {
            http.Response.Cookies.Delete(CookieName, new CookieOptions { Path = CookiePath(http) });
            return;
        }

        var stored = lines.Select(l => new StoredLine(l.VariantId, l.Quantity, l.Inputs.ToDictionary(p => p.Key, p => p.Value))).ToList();
        http.Response.Cookies.Append(CookieName, protector.Protect(JsonSerializer.Serialize(stored)), new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            Secure = http.Request.IsHttps,
            IsEssential = true,
            MaxAge = TimeSpan.FromDays(7),
            Path = CookiePath(http),
        });
    }

    private static string CookiePath(HttpContext http) => string.IsNullOrEmpty(http.Request.PathBase) ? "/" : http.Request.PathBase.Value!;

    private sealed record StoredLine(long V, int Q, Dictionary<string, string?>? I);
}
