using HuijinCardHub.Sites;
using Microsoft.Extensions.Configuration;

namespace HuijinCardHub.Kernel.Sites;

/// <summary>
/// The first address the host listens on (<c>--urls</c>, <c>ASPNETCORE_URLS</c>), with the tenant's path prefix:
/// the public address of a shop set up without one, and of a shop from before public addresses existed.
/// </summary>
internal static class ListeningAddress
{
    private static readonly string[] Wildcards = ["+", "*", "0.0.0.0", "[::]"];

    public static string Of(IConfiguration configuration, string? tenantPrefix)
    {
        var first = (configuration["urls"] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        foreach (var wildcard in Wildcards)
        {
            first = first?.Replace("//" + wildcard, "//localhost", StringComparison.Ordinal);
        }

        var prefix = string.IsNullOrEmpty(tenantPrefix?.Trim('/')) ? "" : "/" + tenantPrefix.Trim('/');
        return PublicAddresses.TryNormalize(first, out var address)
            ? PublicAddresses.Combine(address, prefix).TrimEnd('/')
            : "http://localhost" + prefix;
    }
}
