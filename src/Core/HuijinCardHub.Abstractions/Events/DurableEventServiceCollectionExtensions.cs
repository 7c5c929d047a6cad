using Microsoft.Extensions.DependencyInjection;

namespace HuijinCardHub.Events;

public static class DurableEventServiceCollectionExtensions
{
    /// <summary>
    /// Subscribes <typeparamref name="THandler"/> to <typeparamref name="TEvent"/> for as long as the calling startup's
    /// feature is enabled: every event published afterwards gets its own outbox row for this handler. The handler is
    /// scoped and runs inside the worker's unit of work, so its database writes commit with its inbox key.
    /// </summary>
    public static IServiceCollection AddDurableEventHandler<TEvent, THandler>(this IServiceCollection services)
        where TEvent : class
        where THandler : class, IDurableEventHandler<TEvent>
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddScoped<THandler>();
        services.AddScoped<IDurableEventHandler<TEvent>>(sp => sp.GetRequiredService<THandler>());
        services.AddSingleton(new DurableEventSubscription(typeof(TEvent), typeof(THandler),
            (sp, shopEvent, context, ct) => sp.GetRequiredService<THandler>().HandleAsync((TEvent)shopEvent, context, ct)));
        return services;
    }
}
