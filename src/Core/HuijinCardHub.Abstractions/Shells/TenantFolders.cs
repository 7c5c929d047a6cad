using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace HuijinCardHub.Shells;

/// <summary>
/// A tenant's own folder under the app-data root the kernel uses (<c>HuijinCardHub:AppData</c>, or App_Data beside
/// the host): App_Data/Sites/&lt;tenant&gt;. Files a module keeps per shop go below it, never in a folder tenants share.
/// </summary>
public static class TenantFolders
{
    public static string Of(IConfiguration configuration, IHostEnvironment environment, string tenant)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        var root = configuration["HuijinCardHub:AppData"] is { Length: > 0 } configured
            ? configured
            : Path.Combine(environment.ContentRootPath, "App_Data");
        return Path.Combine(Path.GetFullPath(root), "Sites", tenant);
    }
}
