using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace HuijinCardHub.Modules;

/// <summary>
/// One per feature. Registers the feature's services into its shell and maps its endpoints.
/// Lower <see cref="Order"/> runs first, so a feature can rely on what its dependencies added.
/// </summary>
public abstract class ModuleStartup
{
    public virtual int Order => 0;

    public virtual void ConfigureServices(IServiceCollection services)
    {
    }

    /// <summary>Adds middleware to the shell pipeline (before routing).</summary>
    public virtual void Configure(IApplicationBuilder app)
    {
    }

    public virtual void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }
}
