using HuijinCardHub.Data;

namespace HuijinCardHub.Setup;

/// <summary>A feature's part in setup, run in the new shell after the recipe (the Users module creates the admin).</summary>
public interface ISetupParticipant
{
    Task CompleteAsync(SetupRequest request, IServiceProvider services, CancellationToken cancellationToken);
}
