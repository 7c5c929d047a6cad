using HuijinCardHub.Orders.Services;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace HuijinCardHub.Orders.Storefront;

/// <summary>Reads the storefront's order forms (their token checked by the kernel's filter first): a line (variant, quantity, input.*).</summary>
internal static class StorefrontForm
{
    public const string InputPrefix = "input.";
    public const int MaxInputLength = 200;

    public static string Token(HttpContext http) =>
        http.RequestServices.GetService(typeof(IAntiforgery)) is IAntiforgery antiforgery ? antiforgery.GetAndStoreTokens(http).RequestToken ?? "" : "";

    /// <summary>
    /// The posted form, or null when the body is not a form. The token was checked before the endpoint ran
    /// (<c>RequireStorefrontAntiforgery</c>, the kernel's filter).
    /// </summary>
    public static async Task<IFormCollection?> ReadAsync(HttpContext http) =>
        http.Request.HasFormContentType ? await http.Request.ReadFormAsync(http.RequestAborted) : null;

    /// <summary>One line from query or form values; null when the variant or quantity is not a number.</summary>
    public static CheckoutLine? Line(IEnumerable<KeyValuePair<string, StringValues>> values)
    {
        var all = values.ToList();
        var variant = First(all, "variant");
        var quantity = First(all, "quantity");
        if (!long.TryParse(variant, out var variantId) || variantId <= 0)
        {
            return null;
        }

        if (!int.TryParse(string.IsNullOrWhiteSpace(quantity) ? "1" : quantity, out var count))
        {
            count = -1;
        }

        var inputs = all.Where(p => p.Key.StartsWith(InputPrefix, StringComparison.Ordinal) && p.Key.Length > InputPrefix.Length)
            .ToDictionary(p => p.Key[InputPrefix.Length..], p => Clip(p.Value.ToString()));
        return new CheckoutLine(variantId, count, inputs);
    }

    public static string? First(IEnumerable<KeyValuePair<string, StringValues>> values, string key) =>
        values.Where(p => p.Key == key).Select(p => p.Value.ToString()).FirstOrDefault();

    public static string Visitor(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static string? Clip(string? value) => value is { Length: > MaxInputLength } ? value[..MaxInputLength] : value;
}
