using HuijinCardHub.Data;
using HuijinCardHub.Kernel.Shells;
using HuijinCardHub.Kernel.Sites;
using HuijinCardHub.Setup;
using HuijinCardHub.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace HuijinCardHub.Kernel.Setup;

/// <summary>
/// Setup__SiteName, Setup__Recipe, Setup__AdminUserName ... set: the Default tenant is set up at start. Its public
/// address is Setup__PublicAddress, else the first address the host listens on.
/// </summary>
internal static class UnattendedSetup
{
    public static async Task<bool> RunIfConfiguredAsync(ShellHost shells, IConfiguration configuration, CancellationToken cancellationToken)
    {
        var section = configuration.GetSection("Setup");
        if (string.IsNullOrWhiteSpace(section["SiteName"]) || shells.Find(ShellSettings.DefaultName)?.State != TenantState.Uninitialized)
        {
            return false;
        }

        var provider = section["DatabaseProvider"];
        var request = new SetupRequest
        {
            SiteName = section["SiteName"]!,
            Recipe = section["Recipe"] ?? "default",
            AdminUserName = section["AdminUserName"] ?? "admin",
            AdminEmail = section["AdminEmail"] ?? "",
            AdminPassword = section["AdminPassword"] ?? "",
            DatabaseProvider = string.Equals(provider, "Postgres", StringComparison.OrdinalIgnoreCase) || string.Equals(provider, "PostgreSQL", StringComparison.OrdinalIgnoreCase)
                ? DatabaseProvider.Postgres
                : DatabaseProvider.Sqlite,
            ConnectionString = section["ConnectionString"],
            PublicAddress = section["PublicAddress"] is { Length: > 0 } address ? address : ListeningAddress.Of(configuration, null),
        };
        if (!string.IsNullOrWhiteSpace(provider) && request.DatabaseProvider == DatabaseProvider.Sqlite && !string.Equals(provider, "Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            throw new ShopException(new Bilingual($"不支持的数据库：{provider}（可选 Sqlite 或 Postgres）", $"Unsupported database provider: {provider} (use Sqlite or Postgres)"));
        }

        var shell = await shells.GetAsync(ShellSettings.DefaultName, cancellationToken);
        await using var scope = shell.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ISetupService>().SetupAsync(request, cancellationToken);
        return true;
    }
}
