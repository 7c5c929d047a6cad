using HuijinCardHub.Security;
using HuijinCardHub.Text;

namespace HuijinCardHub.Users.Domain;

/// <summary>How the standard roles are called on screen; a merchant's own roles show as named.</summary>
internal static class RoleNames
{
    private static readonly Dictionary<string, Bilingual> Standard = new(StringComparer.Ordinal)
    {
        [StandardRoles.Administrator] = new("管理员", "Administrator"),
        [StandardRoles.ShopManager] = new("店长", "Shop manager"),
        [StandardRoles.Operator] = new("客服", "Operator"),
        [StandardRoles.Agent] = new("代理", "Agent"),
        [StandardRoles.Customer] = new("顾客", "Customer"),
    };

    public static string Of(string role) => Standard.TryGetValue(role, out var name) ? name.ToString() : role;
}
