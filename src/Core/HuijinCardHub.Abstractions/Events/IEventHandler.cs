namespace HuijinCardHub.Events;

public interface IEventHandler<in TEvent>
{
    Task HandleAsync(TEvent shopEvent, CancellationToken cancellationToken);
}
