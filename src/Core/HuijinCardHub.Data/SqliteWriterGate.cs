using System.Collections.Concurrent;
using HuijinCardHub.Text;

namespace HuijinCardHub.Data;

/// <summary>
/// SQLite has one writer at a time. Units of work in this process queue for it here, in order and without
/// polling, instead of colliding in BEGIN IMMEDIATE and sleeping in SQLite's busy handler, which under load gave
/// some buyers second-long waits while the database sat idle between sleeps.
/// </summary>
internal static class SqliteWriterGate
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Gates = new(StringComparer.Ordinal);

    public static async Task<SemaphoreSlim> EnterAsync(string dataSource, CancellationToken cancellationToken)
    {
        var gate = Gates.GetOrAdd(dataSource, _ => new SemaphoreSlim(1, 1));
        if (!await gate.WaitAsync(Patience, cancellationToken))
        {
            throw new ShopException(new Bilingual("数据库繁忙，请稍后重试", "The database is busy; try again in a moment"));
        }

        return gate;
    }
}
