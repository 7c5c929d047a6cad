using HuijinCardHub.Security;
using HuijinCardHub.Setup;
using HuijinCardHub.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace HuijinCardHub.Users.Services;

/// <summary>At setup: the standard roles with their default grants, and the first Administrator.</summary>
internal sealed class AdminSetupParticipant : ISetupParticipant
{
    public async Task CompleteAsync(SetupRequest request, IServiceProvider services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(services);
        await services.GetRequiredService<StereotypeGrants>().ApplyAllAsync(cancellationToken);

        var users = services.GetRequiredService<UserManager<IdentityUser>>();
        var admin = new IdentityUser(request.AdminUserName.Trim()) { Email = request.AdminEmail.Trim(), EmailConfirmed = true };
        await ThrowIfFailedAsync(users.CreateAsync(admin, request.AdminPassword));
        await ThrowIfFailedAsync(users.AddToRoleAsync(admin, StandardRoles.Administrator));
    }

    private static async Task ThrowIfFailedAsync(Task<IdentityResult> operation)
    {
        var result = await operation;
        if (!result.Succeeded)
        {
            var errors = BilingualIdentityError.Join(result);
            throw new ShopException(new Bilingual("无法创建管理员：" + errors.Chinese, "Could not create the administrator: " + errors.English));
        }
    }
}
