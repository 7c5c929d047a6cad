using HuijinCardHub.Navigation;
using HuijinCardHub.Text;
using HuijinCardHub.Users.Services;

namespace HuijinCardHub.Users.Storefront;

/// <summary>Sign in and register in a guest's buyer menu (a signed-in buyer sees the member links other modules add).</summary>
internal sealed class AccountStorefrontMenu : IStorefrontMenuProvider
{
    public ValueTask BuildAsync(StorefrontMenuBuilder menus, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(menus);
        if (!menus.IsSignedIn)
        {
            menus.Add(StorefrontMenus.Buyer, new Bilingual("登录", "Sign in"), IdentityRegistration.LoginPath, 50);
            menus.Add(StorefrontMenus.Buyer, new Bilingual("注册", "Register"), "/account/register", 60);
        }

        return ValueTask.CompletedTask;
    }
}
