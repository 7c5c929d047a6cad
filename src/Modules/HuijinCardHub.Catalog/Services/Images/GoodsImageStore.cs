using System.Security.Cryptography;
using System.Text.RegularExpressions;
using HuijinCardHub.Shells;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace HuijinCardHub.Catalog.Services.Images;

/// <summary>
/// The tenant's goods pictures, in App_Data/Sites/&lt;tenant&gt;/GoodsImages, each named by the hash of its bytes: a URL
/// never changes meaning (so browsers may keep it for a year), the same picture uploaded twice is stored once, and a
/// shell only ever looks in its own tenant's folder.
/// </summary>
internal sealed partial class GoodsImageStore(IConfiguration configuration, IHostEnvironment environment, ShellInfo shell)
{
    public const string UrlPrefix = "/media/goods/";

    private readonly string _folder = Path.Combine(TenantFolders.Of(configuration, environment, shell.Name), "GoodsImages");

    /// <summary>Stores encoded WebP bytes (see <see cref="GoodsImageEncoder"/>) and returns the picture's URL.</summary>
    public async Task<string> SaveAsync(byte[] webp, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(webp);
        var name = Convert.ToHexStringLower(SHA256.HashData(webp).AsSpan(0, 16)) + ".webp";
        var path = Path.Combine(_folder, name);
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(_folder);
            // Written aside and moved in, so a reader never sees half a picture.
            var partial = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
            await File.WriteAllBytesAsync(partial, webp, cancellationToken);
            try
            {
                File.Move(partial, path, overwrite: false);
            }
            catch (IOException) when (File.Exists(path))
            {
                File.Delete(partial);
            }
        }

        return UrlPrefix + name;
    }

    /// <summary>The file behind a picture name of this tenant, or null for any other name (no path, no other tenant).</summary>
    public string? Find(string name)
    {
        if (!NamePattern().IsMatch(name))
        {
            return null;
        }

        var path = Path.Combine(_folder, name);
        return File.Exists(path) ? path : null;
    }

    [GeneratedRegex("^[0-9a-f]{32}\\.webp$")]
    private static partial Regex NamePattern();
}
