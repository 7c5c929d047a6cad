using HuijinCardHub.Data;
using HuijinCardHub.Events;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HuijinCardHub.Kernel.Events;

/// <summary>
/// In-process events, dispatched after the scope's transaction commits (or at once outside one).
/// A failing handler is logged and does not stop the others: the change already happened.
/// </summary>
internal sealed class EventPublisher(IServiceProvider services, ILogger<EventPublisher> logger) : IEventPublisher
{
    public Task PublishAsync<TEvent>(TEvent shopEvent, CancellationToken cancellationToken = default)
        where TEvent : notnull
    {
        var unitOfWork = services.GetService<ShellUnitOfWork>();
        return unitOfWork is null
            ? DispatchAsync(shopEvent, cancellationToken)
            : unitOfWork.AfterCommit(ct => DispatchAsync(shopEvent, ct), cancellationToken);
    }

    private async Task DispatchAsync<TEvent>(TEvent shopEvent, CancellationToken cancellationToken)
        where TEvent : notnull
    {
        foreach (var handler in services.GetServices<IEventHandler<TEvent>>())
        {
            try
            {
                await handler.HandleAsync(shopEvent, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Handler {Handler} failed for {Event}", handler.GetType().Name, typeof(TEvent).Name);
            }
        }
    }
}
