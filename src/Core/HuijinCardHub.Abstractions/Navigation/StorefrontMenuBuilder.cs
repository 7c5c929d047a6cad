using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace HuijinCardHub.Navigation;

/// <summary>Collects the storefront menu items of one page; a provider may look at the request (who is signed in).</summary>
public sealed class StorefrontMenuBuilder(HttpContext? http)
{
    private readonly List<StorefrontMenuItem> _items = [];

    public HttpContext? Http { get; } = http;

    public bool IsSignedIn => Http?.User.Identity?.IsAuthenticated == true && Http.User.FindFirst(ClaimTypes.NameIdentifier) is not null;

    public IReadOnlyList<StorefrontMenuItem> Items => _items;

    public StorefrontMenuBuilder Add(StorefrontMenuItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        _items.Add(item);
        return this;
    }

    public StorefrontMenuBuilder Add(string menu, Text.Bilingual text, string url, int position = 0) =>
        Add(new StorefrontMenuItem(menu, text, url, position));
}
