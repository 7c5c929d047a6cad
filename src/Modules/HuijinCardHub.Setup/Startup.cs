using HuijinCardHub.Modules;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace HuijinCardHub.Setup;

/// <summary>
/// Runs alone in an uninitialized shell: there is no database yet, so it registers no data services,
/// and every path other than the setup page leads to it.
/// </summary>
[Feature("HuijinCardHub.Setup")]
internal sealed class Startup : ModuleStartup
{
    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapFallback(context =>
        {
            var pathBase = context.Request.PathBase.HasValue ? context.Request.PathBase.Value : "";
            context.Response.Redirect(pathBase + "/setup");
            return Task.CompletedTask;
        });
    }
}
