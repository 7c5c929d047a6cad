using System.Collections.Concurrent;
using HuijinCardHub.Security;
using HuijinCardHub.Time;

namespace HuijinCardHub.Kernel.Security;

/// <summary>
/// The throttles' counts in this process's memory, one instance for the whole host (every tenant and every shell
/// rebuild share it, so enabling a feature does not hand a guesser a fresh allowance). Each key has a fixed window
/// opened by its first attempt, as a Redis INCR with an expiry would. Windows that have ended are swept now and
/// then, so a stream of new addresses cannot grow the table without end.
/// </summary>
internal sealed class ThrottleCounters(IClock clock)
{
    private static readonly TimeSpan SweepEvery = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, Counter> counters = new(StringComparer.Ordinal);
    private long nextSweepTicks;

    public int Count => counters.Count;

    public ThrottleDecision Hit(string key, int limit, TimeSpan window)
    {
        var now = clock.UtcNow;
        SweepIfDue(now);
        while (true)
        {
            var counter = counters.GetOrAdd(key, static _ => new Counter());
            lock (counter)
            {
                // Swept away between the lookup and the lock: count on the counter that replaced it.
                if (counter.Removed)
                {
                    continue;
                }

                if (counter.EndsUtc <= now)
                {
                    counter.EndsUtc = now + window;
                    counter.Attempts = 0;
                }

                if (counter.Attempts < int.MaxValue)
                {
                    counter.Attempts++;
                }

                var allowed = counter.Attempts <= limit;
                return new ThrottleDecision(allowed, counter.Attempts, allowed ? TimeSpan.Zero : counter.EndsUtc - now);
            }
        }
    }

    private void SweepIfDue(DateTime now)
    {
        var due = Interlocked.Read(ref nextSweepTicks);
        if (now.Ticks < due || Interlocked.CompareExchange(ref nextSweepTicks, (now + SweepEvery).Ticks, due) != due)
        {
            return;
        }

        foreach (var (key, counter) in counters)
        {
            lock (counter)
            {
                if (counter.EndsUtc <= now && counters.TryRemove(new KeyValuePair<string, Counter>(key, counter)))
                {
                    counter.Removed = true;
                }
            }
        }
    }

    private sealed class Counter
    {
        public DateTime EndsUtc;
        public int Attempts;
        public bool Removed;
    }
}
