using HuijinCardHub.Navigation;
using HuijinCardHub.Text;

namespace HuijinCardHub.CardCodes;

internal sealed class AdminMenu : INavigationProvider
{
    public const string Group = "商品 / Goods";

    public void Build(NavigationBuilder menu) =>
        menu.Add(new MenuItem(new Bilingual("卡密库存", "Card codes"), "/admin/card-codes", Permissions.ManageCardCodes.Name, Group, 300, "key"));
}
