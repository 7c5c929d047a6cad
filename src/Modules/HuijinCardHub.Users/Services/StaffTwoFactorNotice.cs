using System.Net;
using HuijinCardHub.Admin;
using HuijinCardHub.Text;
using HuijinCardHub.Users.Domain;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace HuijinCardHub.Users.Services;

/// <summary>Reminds staff who sign in with a password alone to turn on two-factor sign-in. A notice, not a block.</summary>
internal sealed class StaffTwoFactorNotice : IDashboardWidget
{
    public int Order => -1000;

    public async Task<string> RenderAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        var principal = services.GetService<IHttpContextAccessor>()?.HttpContext?.User;
        if (principal?.Identity?.IsAuthenticated != true)
        {
            return "";
        }

        var users = services.GetRequiredService<UserManager<IdentityUser>>();
        var user = await users.GetUserAsync(principal);
        if (user is null || user.TwoFactorEnabled)
        {
            return "";
        }

        var roles = await users.GetRolesAsync(user);
        if (!roles.Any(StaffRoles.All.Contains))
        {
            return "";
        }

        var text = new Bilingual(
            "您的账户是后台员工账户，但尚未开启两步验证。为保护店铺，请立即开启。",
            "Your account is a staff account without two-factor sign-in. To protect the shop, turn it on now.");
        var link = new Bilingual("开启两步验证", "Turn on two-factor sign-in");
        return $"<div class=\"alert alert-warning\" role=\"status\">{WebUtility.HtmlEncode(text.ToString())} " +
               $"<a href=\"/account/manage/two-factor\">{WebUtility.HtmlEncode(link.ToString())}</a></div>";
    }
}
