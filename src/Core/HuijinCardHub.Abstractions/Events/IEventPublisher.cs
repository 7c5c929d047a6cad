namespace HuijinCardHub.Events;
/// <summary>
/// Raises in-process events. Inside a unit of work they wait for the commit and are dropped on rollback,
/// so a handler never sees a change that did not happen; a crash loses them: use them for cache signals. Events that
/// carry money or goods go through <see cref="IDurableEvents"/> instead, so each subscriber gets them, even after a crash.
/// </summary>
public interface IEventPublisher
{
    Task PublishAsync<TEvent>(TEvent shopEvent, CancellationToken cancellationToken = default)
        where TEvent : notnull;
}
