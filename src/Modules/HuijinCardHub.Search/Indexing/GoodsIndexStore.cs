using Lucene.Net.Store;
using Microsoft.Extensions.Logging;
using Directory = System.IO.Directory;

namespace HuijinCardHub.Search.Indexing;

/// <summary>
/// One open index per folder for the whole process. A feature change builds a new shell while the old one still
/// drains its requests; both must share the folder's single writer (Lucene locks it), so shells take leases and
/// the index closes when the last lease is returned.
/// </summary>
internal static class GoodsIndexStore
{
    private static readonly Dictionary<string, Entry> Open = new(StringComparer.Ordinal);
    private static readonly System.Threading.Lock Gate = new();

    /// <summary>An index in the folder, or in memory when <paramref name="folder"/> is null or cannot be used.</summary>
    public static GoodsIndexLease Lease(string? folder, ILogger logger)
    {
        if (folder is null)
        {
            return new GoodsIndexLease(new GoodsIndex(new RAMDirectory()), new SemaphoreSlim(1, 1), null);
        }

        var key = Path.GetFullPath(folder);
        lock (Gate)
        {
            if (!Open.TryGetValue(key, out var entry))
            {
                entry = new Entry(OpenFolder(key, logger), new SemaphoreSlim(1, 1));
                Open[key] = entry;
            }

            entry.Leases++;
            return new GoodsIndexLease(entry.Index, entry.Writes, key);
        }
    }

    internal static void Return(string key)
    {
        Entry? closing = null;
        lock (Gate)
        {
            if (Open.TryGetValue(key, out var entry) && --entry.Leases == 0)
            {
                Open.Remove(key);
                closing = entry;
            }
        }

        closing?.Index.Dispose();
    }

    private static GoodsIndex OpenFolder(string folder, ILogger logger)
    {
        try
        {
            return new GoodsIndex(FSDirectory.Open(Directory.CreateDirectory(folder)));
        }
        catch (LockObtainFailedException)
        {
            // Another process holds the folder (two hosts on one App_Data): search from memory instead.
            logger.LogWarning("Search index {Folder} is locked by another process; using an in-memory index", folder);
            return new GoodsIndex(new RAMDirectory());
        }
        catch (IOException problem)
        {
            // The index is only a copy of the catalogue: a damaged one is dropped and built again at the next search.
            logger.LogWarning(problem, "Search index {Folder} could not be opened; it is rebuilt", folder);
            Directory.Delete(folder, recursive: true);
            return new GoodsIndex(FSDirectory.Open(Directory.CreateDirectory(folder)));
        }
    }

    private sealed class Entry(GoodsIndex index, SemaphoreSlim writes)
    {
        public GoodsIndex Index { get; } = index;

        public SemaphoreSlim Writes { get; } = writes;

        public int Leases { get; set; }
    }
}

/// <summary>A shell's use of an index; disposing it returns the lease.</summary>
internal sealed class GoodsIndexLease(GoodsIndex index, SemaphoreSlim writes, string? key) : IDisposable
{
    private int _returned;

    public GoodsIndex Index { get; } = index;

    /// <summary>Held while the catalogue is read and written to the index, so a rebuild never overwrites a newer change.</summary>
    public SemaphoreSlim Writes { get; } = writes;

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _returned, 1) == 1)
        {
            return;
        }

        if (key is null)
        {
            Index.Dispose();
            Writes.Dispose();
        }
        else
        {
            GoodsIndexStore.Return(key);
        }
    }
}
