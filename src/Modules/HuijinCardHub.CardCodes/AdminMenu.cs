using HuijinCardHub.Navigation;
using HuijinCardHub.Text;

namespace HuijinCardHub.CardCodes;

internal sealed class AdminMenu : INavigationProvider
{
    public void Build(NavigationBuilder menu) =>
        menu.Add(new MenuItem(new Bilingual("卡密库存", "Card codes"), "/admin/card-codes", Permissions.ManageCardCodes.Name, AdminMenuGroups.Goods, AdminMenuPositions.Goods + 300, "key"));
}
