using HuijinCardHub.Balance.Data;
using HuijinCardHub.Balance.Services;
using HuijinCardHub.Data;
using HuijinCardHub.Events;
using HuijinCardHub.Modules;
using HuijinCardHub.Navigation;
using HuijinCardHub.Security;
using Microsoft.Extensions.DependencyInjection;

namespace HuijinCardHub.Balance;

[Feature("HuijinCardHub.Balance")]
internal sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddModuleDbContext<BalanceDbContext>();
        services.AddScoped<LedgerAppender>();
        services.AddScoped<LedgerVerifier>();
        services.AddScoped<BalanceAccounts>();
        services.AddScoped<IBalanceAccounts>(sp => sp.GetRequiredService<BalanceAccounts>());
        services.AddScoped<InstantTopUp>();
        services.AddScoped<MemberDirectory>();
        services.AddScoped<MemberNameRecorder>();
        services.AddScoped<IEventHandler<UserSignedIn>>(sp => sp.GetRequiredService<MemberNameRecorder>());
        services.AddScoped<IEventHandler<UserRegistered>>(sp => sp.GetRequiredService<MemberNameRecorder>());

        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddScoped<INavigationProvider, AdminMenu>();
        services.AddScoped<IStorefrontMenuProvider, Storefront.BalanceStorefrontMenu>();
    }
}
