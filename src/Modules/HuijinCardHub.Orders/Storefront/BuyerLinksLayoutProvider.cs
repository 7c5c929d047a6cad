using HuijinCardHub.Orders.Services;
using HuijinCardHub.Text;
using HuijinCardHub.Theming;
using Microsoft.AspNetCore.Http;

namespace HuijinCardHub.Orders.Storefront;

/// <summary>
/// Gives the layout its "buyerLinks" as <c>{text, url}</c>: cart and order lookup for everyone; my orders and
/// balance for a signed-in member, sign-in and register for a guest.
/// </summary>
internal sealed class BuyerLinksLayoutProvider(IHttpContextAccessor http) : ILayoutDataProvider
{
    public const string Key = "buyerLinks";

    public Task PopulateAsync(IDictionary<string, object?> layout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(layout);
        var signedIn = http.HttpContext is { } context && OrderAccess.UserIdOf(context) is not null;
        List<Dictionary<string, object?>> links =
        [
            Link(new Bilingual("购物车", "Cart"), "/cart"),
            Link(new Bilingual("订单查询", "Find my order"), "/orders/lookup"),
        ];
        if (signedIn)
        {
            links.Add(Link(new Bilingual("我的订单", "My orders"), "/account/orders"));
            links.Add(Link(new Bilingual("我的余额", "My balance"), "/account/balance"));
        }
        else
        {
            links.Add(Link(new Bilingual("登录", "Sign in"), "/account/login"));
            links.Add(Link(new Bilingual("注册", "Register"), "/account/register"));
        }

        layout[Key] = links;
        return Task.CompletedTask;
    }

    private static Dictionary<string, object?> Link(Bilingual text, string url) =>
        new(StringComparer.OrdinalIgnoreCase) { ["text"] = text.ToString(), ["url"] = url };
}
