using HuijinCardHub.Kernel.Setup;
using HuijinCardHub.Kernel.Shells;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace HuijinCardHub.Kernel.Hosting;

/// <summary>At start: builds every tenant's shell (migrations run), then the unattended setup if configured.</summary>
internal sealed class ShellStartupService(ShellHost shells, IConfiguration configuration) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await shells.InitializeAsync(cancellationToken);
        await UnattendedSetup.RunIfConfiguredAsync(shells, configuration, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
