namespace HuijinCardHub.Jobs;

/// <summary>
/// Work that runs every <see cref="Interval"/> (order expiry, reconciliation, stock sync).
/// A lease row in the database makes sure only one node runs it at a time.
/// </summary>
public interface IRecurringJob
{
    string Name { get; }

    TimeSpan Interval { get; }

    Task RunAsync(IServiceProvider scopedServices, CancellationToken cancellationToken);
}
