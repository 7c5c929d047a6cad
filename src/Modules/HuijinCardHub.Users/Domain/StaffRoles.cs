using HuijinCardHub.Security;

namespace HuijinCardHub.Users.Domain;

/// <summary>Roles that work in the admin and so should protect their account with two-factor sign-in.</summary>
internal static class StaffRoles
{
    public static readonly IReadOnlyList<string> All = [StandardRoles.Administrator, StandardRoles.ShopManager, StandardRoles.Operator];
}
