using HuijinCardHub.Search.Indexing;
using HuijinCardHub.Shells;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace HuijinCardHub.Search.Services;

/// <summary>
/// The shell's goods index (a singleton of the shell), kept in App_Data/Sites/&lt;tenant&gt;/Search so a restart
/// needs no rebuild; <c>Search:InMemory=true</c> keeps it in memory instead, built at the first search.
/// </summary>
internal sealed class ShellGoodsIndex : IDisposable
{
    private readonly GoodsIndexLease _lease;

    public ShellGoodsIndex(IConfiguration configuration, IHostEnvironment environment, ShellInfo shell, ILogger<ShellGoodsIndex> logger)
    {
        Folder = configuration.GetValue("Search:InMemory", false) ? null : Path.Combine(TenantFolders.Of(configuration, environment, shell.Name), "Search");
        _lease = GoodsIndexStore.Lease(Folder, logger);
    }

    /// <summary>Null when the index lives in memory.</summary>
    public string? Folder { get; }

    public GoodsIndex Index => _lease.Index;

    public SemaphoreSlim Writes => _lease.Writes;

    public void Dispose() => _lease.Dispose();
}
