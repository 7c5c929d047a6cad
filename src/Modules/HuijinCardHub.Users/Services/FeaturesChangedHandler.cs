using HuijinCardHub.Events;

namespace HuijinCardHub.Users.Services;

/// <summary>A newly enabled feature brings its permissions: grant their defaults to the standard roles.</summary>
internal sealed class FeaturesChangedHandler(StereotypeGrants grants) : IEventHandler<FeaturesChanged>
{
    public Task HandleAsync(FeaturesChanged shopEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(shopEvent);
        return grants.ApplyForFeaturesAsync(shopEvent.Enabled.ToHashSet(StringComparer.Ordinal), cancellationToken);
    }
}
