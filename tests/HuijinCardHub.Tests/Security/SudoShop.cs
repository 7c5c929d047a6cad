using HuijinCardHub.Security;
using HuijinCardHub.Settings;
using HuijinCardHub.Tests.Fixtures;
using HuijinCardHub.Time;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace HuijinCardHub.Tests.Security;

/// <summary>A shop whose clock a test can move forward, to see a sudo confirmation run out.</summary>
public sealed class SudoShop : ShopFactory
{
    public MovableClock Clock { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<IClock>(Clock));
    }

    /// <summary>The stored section as JSON (secrets stay encrypted), to see whether a change went through.</summary>
    public async Task<string> RawSettingsAsync(string section)
    {
        await using var scope = await ShellScopeAsync();
        var all = await scope.ServiceProvider.GetRequiredService<ISettingsStore>().GetAllRawAsync();
        return all.TryGetValue(section, out var json) ? json : "";
    }

    public async Task<IList<string>> RolesOfAsync(string userName)
    {
        await using var scope = await ShellScopeAsync();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        return await users.GetRolesAsync((await users.FindByNameAsync(userName))!);
    }

    public async Task<string> UserIdAsync(string userName)
    {
        await using var scope = await ShellScopeAsync();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>().FindByNameAsync(userName))!.Id;
    }

    /// <summary>A role with exactly these permissions, as an owner would make it in the admin.</summary>
    public async Task EnsureRoleAsync(string role, params Permission[] permissions)
    {
        await using var scope = await ShellScopeAsync();
        await scope.ServiceProvider.GetRequiredService<IRoleProvisioner>().EnsureRoleAsync(role, [.. permissions.Select(p => p.Name)]);
    }

    public async Task<IReadOnlyList<string>> PermissionsOfAsync(string role)
    {
        await using var scope = await ShellScopeAsync();
        var grants = await scope.ServiceProvider.GetRequiredService<IRoleProvisioner>().ListAsync();
        return [.. grants.Single(g => g.Role == role).Permissions];
    }
}

public sealed class MovableClock : IClock
{
    public TimeSpan Ahead { get; set; }

    public DateTime UtcNow => DateTime.UtcNow + Ahead;
}
