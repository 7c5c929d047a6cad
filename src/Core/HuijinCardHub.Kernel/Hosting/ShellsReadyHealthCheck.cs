using HuijinCardHub.Kernel.Shells;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace HuijinCardHub.Kernel.Hosting;

/// <summary>Ready once every tenant's shell is built and migrated.</summary>
internal sealed class ShellsReadyHealthCheck(ShellHost shells) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(shells.IsReady ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("Shells are starting"));
}
