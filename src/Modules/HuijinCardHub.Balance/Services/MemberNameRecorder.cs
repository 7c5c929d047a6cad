using HuijinCardHub.Events;

namespace HuijinCardHub.Balance.Services;

/// <summary>Keeps the admin's member search current from the Users module's events.</summary>
internal sealed class MemberNameRecorder(MemberDirectory directory) : IEventHandler<UserSignedIn>, IEventHandler<UserRegistered>
{
    public Task HandleAsync(UserSignedIn shopEvent, CancellationToken cancellationToken) =>
        directory.RecordAsync(shopEvent.UserId, shopEvent.UserName, cancellationToken);

    public Task HandleAsync(UserRegistered shopEvent, CancellationToken cancellationToken) =>
        directory.RecordAsync(shopEvent.UserId, shopEvent.UserName, cancellationToken);
}
