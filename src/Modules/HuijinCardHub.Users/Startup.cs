using HuijinCardHub.Admin;
using HuijinCardHub.Data;
using HuijinCardHub.Events;
using HuijinCardHub.Jobs;
using HuijinCardHub.Messaging;
using HuijinCardHub.Modules;
using HuijinCardHub.Navigation;
using HuijinCardHub.Security;
using HuijinCardHub.Settings;
using HuijinCardHub.Setup;
using HuijinCardHub.Users.Data;
using HuijinCardHub.Users.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HuijinCardHub.Users;

[Feature("HuijinCardHub.Users")]
internal sealed class Startup : ModuleStartup
{
    // Early, so features that follow can rely on authentication and the permission checker.
    public override int Order => -100;

    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddModuleDbContext<UsersDbContext>();
        services.AddShopIdentity();
        services.AddHttpContextAccessor();

        services.AddAuthorization();
        services.AddSingleton<IAuthorizationPolicyProvider, PermissionPolicyProvider>();
        services.AddScoped<IAuthorizationHandler, PermissionAuthorizationHandler>();
        services.AddScoped<IPermissionChecker, PermissionChecker>();
        services.AddScoped<SudoMode>();
        services.AddScoped<ISudoMode>(sp => sp.GetRequiredService<SudoMode>());
        services.RemoveAll<IAuthorizationMiddlewareResultHandler>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, Pipeline.SudoGate>();
        services.AddScoped<StaffRoleGuard>();

        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddSingleton<IPermissionProvider, KernelPermissionProvider>();
        services.AddScoped<INavigationProvider, AdminMenu>();
        services.AddScoped<IStorefrontMenuProvider, Storefront.AccountStorefrontMenu>();
        services.AddScoped<IDashboardWidget, Dashboard.StaffTwoFactorNotice>();
        services.AddScoped<IDashboardWidget, Dashboard.MailNotConfiguredNotice>();

        services.AddScoped<IRoleProvisioner, RoleProvisioner>();
        services.AddScoped<StereotypeGrants>();
        services.AddScoped<IEventHandler<FeaturesChanged>, FeaturesChangedHandler>();
        services.AddScoped<ISetupParticipant, AdminSetupParticipant>();

        services.AddSingleton<LoginRateLimiter>();
        services.AddScoped<SignInRecorder>();
        services.AddScoped<UserDirectory>();
        services.AddScoped<IEmailSender, ShopEmailSender>();
        services.AddScoped<MailQueue>();
        services.AddScoped<IOutboxHandler, QueuedMailHandler>();
    }

    public override void Configure(IApplicationBuilder app) => app.UseAuthentication();
}
