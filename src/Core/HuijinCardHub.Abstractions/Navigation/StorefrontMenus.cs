namespace HuijinCardHub.Navigation;

/// <summary>
/// The storefront's menus and zones. A theme's layout or page reads one as <c>Layout.menus.&lt;name&gt;</c>, a list of
/// <c>{text, url, current}</c> ordered by position; "buyer" is also <c>Layout.buyerLinks</c> (its name before menus).
/// </summary>
public static class StorefrontMenus
{
    /// <summary>The buyer's links in the header: cart, order lookup, my orders, sign in...</summary>
    public const string Buyer = "buyer";

    /// <summary>The tabs above every member-centre page (my orders, my balance, my after-sales...).</summary>
    public const string MemberTabs = "memberTabs";

    /// <summary>Links in the footer zone of the layout.</summary>
    public const string Footer = "footer";
}
