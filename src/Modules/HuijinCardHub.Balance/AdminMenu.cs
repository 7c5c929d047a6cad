using HuijinCardHub.Navigation;
using HuijinCardHub.Text;

namespace HuijinCardHub.Balance;

internal sealed class AdminMenu : INavigationProvider
{
    public void Build(NavigationBuilder menu) => menu
        .Add(new MenuItem(new Bilingual("会员余额", "Balances"), "/admin/balances", Permissions.ManageBalances.Name, AdminMenuGroups.Members, AdminMenuPositions.Members, "wallet"))
        .Add(new MenuItem(new Bilingual("账本校验", "Verify ledger"), "/admin/balances/verify", Permissions.ManageBalances.Name, AdminMenuGroups.Members, AdminMenuPositions.Members + 10, "shield-check"));
}
