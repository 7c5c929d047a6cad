namespace HuijinCardHub.Navigation;

/// <summary>
/// Adds a module's links to the storefront's menus and zones (<see cref="StorefrontMenus"/>): the buyer's menu,
/// the member centre's tabs, the footer. Only enabled features' providers run, so no page links to a module that
/// is switched off. Runs on every storefront page: keep it cheap (no database call unless it is cached).
/// </summary>
public interface IStorefrontMenuProvider
{
    ValueTask BuildAsync(StorefrontMenuBuilder menus, CancellationToken cancellationToken);
}
