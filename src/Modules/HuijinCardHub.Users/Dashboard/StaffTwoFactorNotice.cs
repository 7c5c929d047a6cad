using System.Security.Claims;
using HuijinCardHub.Admin;
using HuijinCardHub.Text;
using HuijinCardHub.Users.Domain;
using Microsoft.AspNetCore.Identity;

namespace HuijinCardHub.Users.Dashboard;

/// <summary>Reminds staff who sign in with a password alone to turn on two-factor sign-in. A notice, not a block.</summary>
internal sealed class StaffTwoFactorNotice(UserManager<IdentityUser> users) : IDashboardWidget
{
    public int Order => -1000;

    public async Task<DashboardCard?> LoadAsync(ClaimsPrincipal viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        if (viewer.Identity?.IsAuthenticated != true)
        {
            return null;
        }

        var user = await users.GetUserAsync(viewer);
        if (user is null || user.TwoFactorEnabled)
        {
            return null;
        }

        var roles = await users.GetRolesAsync(user);
        if (!roles.Any(StaffRoles.All.Contains))
        {
            return null;
        }

        return new DashboardCard("~/Views/Dashboard/DashboardNotice.cshtml", new DashboardNotice(
            null,
            new Bilingual(
                "您的账户是后台员工账户，但尚未开启两步验证。为保护店铺，请立即开启。",
                "Your account is a staff account without two-factor sign-in. To protect the shop, turn it on now."),
            new Bilingual("开启两步验证", "Turn on two-factor sign-in"),
            "/account/manage/two-factor"));
    }
}
