using Microsoft.Extensions.Caching.Memory;

namespace HuijinCardHub.Orders.Services;

/// <summary>
/// Counts wrong order-lookup passwords per visitor address and per order number for ten minutes, so a password
/// cannot be guessed. Kept in memory per node: with several nodes an attacker gets the allowance once per node.
/// </summary>
internal sealed class LookupThrottle(IMemoryCache cache)
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    public bool IsBlocked(string visitor, string? subject, int allowed) =>
        Failures("ip:" + visitor) >= allowed || (subject is not null && Failures("no:" + subject) >= allowed * 2);

    public void Fail(string visitor, string? subject)
    {
        Add("ip:" + visitor);
        if (subject is not null)
        {
            Add("no:" + subject);
        }
    }

    private int Failures(string key) => cache.TryGetValue("orders.lookup." + key, out Counter? counter) ? counter!.Count : 0;

    private void Add(string key)
    {
        var counter = cache.GetOrCreate("orders.lookup." + key, entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = Window;
            return new Counter();
        })!;
        Interlocked.Increment(ref counter.Count);
    }

    private sealed class Counter
    {
        public int Count;
    }
}
