using HuijinCardHub.Modules;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

[assembly: Feature("HuijinCardHub.Tests.CountingHasher", Name = "测试：计数密码校验", Category = "测试", Dependencies = ["HuijinCardHub.Users"])]

namespace HuijinCardHub.Tests.Security;

/// <summary>A feature only tests switch on: the shop's password hasher, counting how often a password is checked.</summary>
[Feature("HuijinCardHub.Tests.CountingHasher")]
internal sealed class CountingHasherStartup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.RemoveAll<IPasswordHasher<IdentityUser>>();
        services.AddScoped<IPasswordHasher<IdentityUser>, CountingHasher>();
    }
}

internal sealed class CountingHasher : IPasswordHasher<IdentityUser>
{
    private static int _checks;
    private readonly PasswordHasher<IdentityUser> _inner = new();

    public static int Checks => Volatile.Read(ref _checks);

    public string HashPassword(IdentityUser user, string password) => _inner.HashPassword(user, password);

    public PasswordVerificationResult VerifyHashedPassword(IdentityUser user, string hashedPassword, string providedPassword)
    {
        Interlocked.Increment(ref _checks);
        return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
    }
}
