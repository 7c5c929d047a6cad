using HuijinCardHub.Data;

namespace HuijinCardHub.Setup;

/// <summary>Sets up an uninitialized tenant. Implemented by the kernel.</summary>
public interface ISetupService
{
    /// <summary>All problems at once (weak password, bad connection string, unknown recipe); empty when setup may run.</summary>
    Task<IReadOnlyList<Text.Bilingual>> ValidateAsync(SetupRequest request, CancellationToken cancellationToken = default);

    /// <summary>Validates, then provisions; on any failure the tenant stays uninitialized and a ShopException says why.</summary>
    Task SetupAsync(SetupRequest request, CancellationToken cancellationToken = default);
}
